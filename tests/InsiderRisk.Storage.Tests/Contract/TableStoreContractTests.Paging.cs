using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Tests.Contract;

public abstract partial class TableStoreContractTests
{
    private const int ManyPartitions = 5;
    private const int ManyPerPartition = 500;

    [Fact]
    public async Task More_than_a_thousand_entities_page_back_completely_in_order()
    {
        await SeedMany();

        var pages = await Pages(new TableQuery());

        var all = pages.SelectMany(p => p).ToList();
        Assert.Equal(ManyPartitions * ManyPerPartition, all.Count);
        Assert.All(pages, page => Assert.True(page.Count <= TableQuery.MaxPageSize));
        Assert.True(pages.Count >= 3);
        var keys = all.ConvertAll(e => (e.PartitionKey, e.RowKey));
        Assert.Equal(keys.Distinct().OrderBy(k => k.PartitionKey, StringComparer.Ordinal).ThenBy(k => k.RowKey, StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task A_page_size_bounds_every_page_and_the_pages_still_cover_everything()
    {
        await SeedMany();

        var pages = await Pages(new TableQuery { PageSize = 333 });

        Assert.All(pages, page => Assert.True(page.Count <= 333));
        Assert.Equal(ManyPartitions * ManyPerPartition, pages.Sum(p => p.Count));
        Assert.Equal(ManyPartitions * ManyPerPartition, pages.SelectMany(p => p).Select(e => (e.PartitionKey, e.RowKey)).Distinct().Count());
    }

    [Fact]
    public async Task A_partition_query_with_a_filter_pages_through_only_its_matches()
    {
        await SeedMany();

        var matches = await Store.All(Table, new TableQuery
        {
            PartitionKey = "part2",
            Filter = TableFilter.Ge("N", 100),
            PageSize = 50,
        });

        Assert.Equal(ManyPerPartition - 100, matches.Count);
        Assert.All(matches, e => Assert.Equal("part2", e.PartitionKey));
    }

    private async Task SeedMany()
    {
        for (var p = 0; p < ManyPartitions; p++)
        {
            for (var chunk = 0; chunk < ManyPerPartition; chunk += TableStoreExtensions.MaxBatchOperations)
            {
                var operations = Enumerable.Range(chunk, TableStoreExtensions.MaxBatchOperations)
                    .Select(i => TableOperation.Insert(Builders.Entity($"part{p}", $"row{i:D5}", ("N", i))))
                    .ToList();
                await Store.SubmitBatchAsync(Table, operations);
            }
        }
    }

    private async Task<List<IReadOnlyList<TableEntity>>> Pages(TableQuery query)
    {
        var pages = new List<IReadOnlyList<TableEntity>>();
        while (true)
        {
            var page = await Store.QueryPageAsync(Table, query);
            pages.Add(page.Items);
            if (page.ContinuationToken is null)
            {
                return pages;
            }

            query = query with { ContinuationToken = page.ContinuationToken };
        }
    }
}
