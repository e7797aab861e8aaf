using InsiderRisk.Storage.Tables;
using InsiderRisk.TestSupport;
using static InsiderRisk.Storage.Tests.Azure.Builders;

namespace InsiderRisk.Storage.Tests.Azure;

[Collection(AzuriteCollection.Name)]
public sealed class AzureTableQueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Filters_with_typed_values_select_the_matching_entities()
    {
        var (store, table) = await NewTableAsync(azurite.Server);
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var id = Guid.NewGuid();
        for (var i = 0; i < 6; i++)
        {
            await store.InsertAsync(table, Entity("p", $"r{i}", ("I", i), ("L", i * 10_000_000_000L), ("D", i + 0.5), ("At", at.AddDays(i)), ("Name", i % 2 == 0 ? "even" : "o'dd"), ("Id", i == 3 ? id : Guid.Empty), ("On", i > 3)));
        }

        async Task<string[]> Rows(TableFilter filter) =>
            [.. (await store.QueryPageAsync(table, new TableQuery { PartitionKey = "p", Filter = filter })).Items.Select(e => e.RowKey)];

        Assert.Equal(["r3", "r4", "r5"], await Rows(TableFilter.Ge("I", 3)));
        Assert.Equal(["r0", "r1"], await Rows(TableFilter.Lt("L", 20_000_000_000L)));
        Assert.Equal(["r5"], await Rows(TableFilter.Gt("D", 5.0)));
        Assert.Equal(["r2"], await Rows(TableFilter.Eq("At", at.AddDays(2))));
        Assert.Equal(["r1", "r3", "r5"], await Rows(TableFilter.Eq("Name", "o'dd")));
        Assert.Equal(["r3"], await Rows(TableFilter.Eq("Id", id)));
        Assert.Equal(["r4", "r5"], await Rows(TableFilter.Eq("On", true)));
        Assert.Equal(["r0", "r5"], await Rows(TableFilter.Not(TableFilter.Gt("I", 0).And(TableFilter.Lt("I", 5)))));
        Assert.Equal(["r1", "r2"], await Rows(TableFilter.RowKeyStartsWith("r1").Or(TableFilter.RowKeyStartsWith("r2"))));
    }

    [Fact]
    public async Task An_injection_attempt_is_just_a_string_that_matches_nothing()
    {
        var (store, table) = await NewTableAsync(azurite.Server);
        await store.InsertAsync(table, Entity("p", "r", ("Name", "alice")));

        var page = await store.QueryPageAsync(table, new TableQuery { Filter = TableFilter.Eq("Name", "x' or Name ne 'x") });

        Assert.Empty(page.Items);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task Select_returns_the_keys_and_only_the_named_properties()
    {
        var (store, table) = await NewTableAsync(azurite.Server);
        await store.InsertAsync(table, Entity("p", "r", ("A", 1), ("B", "two"), ("C", 3.5)));

        var point = await store.GetAsync(table, "p", "r", ["B", "Missing"]);
        var page = await store.QueryPageAsync(table, new TableQuery { PartitionKey = "p", Select = ["A"] });

        Assert.Equal(["B"], point!.Properties.Keys);
        Assert.NotNull(point.ETag);
        var only = Assert.Single(page.Items);
        Assert.Equal(("p", "r"), (only.PartitionKey, only.RowKey));
        Assert.Equal(["A"], only.Properties.Keys);
        Assert.NotNull(only.ETag);
        Assert.NotNull(only.Timestamp);
    }

    [Fact]
    public async Task Paging_continues_across_pages_and_partitions_in_key_order()
    {
        var (store, table) = await NewTableAsync(azurite.Server);
        var expected = new List<(string, string)>();
        for (var partition = 0; partition < 3; partition++)
        {
            for (var chunk = 0; chunk < 5; chunk++)
            {
                var operations = Enumerable.Range(chunk * 100, 100)
                    .Select(i => TableOperation.Insert(Entity($"p{partition}", $"r{i:D4}", ("I", i))))
                    .ToList();
                await store.SubmitBatchAsync(table, operations);
                expected.AddRange(operations.Select(o => (o.Entity.PartitionKey, o.Entity.RowKey)));
            }
        }

        var pages = new List<TablePage>();
        var query = new TableQuery();
        do
        {
            var page = await store.QueryPageAsync(table, query);
            pages.Add(page);
            query = query with { ContinuationToken = page.ContinuationToken };
        }
        while (query.ContinuationToken is not null);

        var all = pages.SelectMany(p => p.Items).Select(e => (e.PartitionKey, e.RowKey)).ToList();
        Assert.Equal(1500, all.Count);
        Assert.Equal(expected.Order(), all);
        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.InRange(p.Items.Count, 1, 1000));
    }

    [Fact]
    public async Task Small_pages_and_a_filter_continue_until_the_last_match()
    {
        var (store, table) = await NewTableAsync(azurite.Server);
        for (var partition = 0; partition < 4; partition++)
        {
            await store.SubmitBatchAsync(table, [.. Enumerable.Range(0, 10).Select(i => TableOperation.Insert(Entity($"p{partition}", $"r{i}", ("I", i))))]);
        }

        var rows = new List<string>();
        await foreach (var entity in store.QueryAsync(table, new TableQuery { Filter = TableFilter.Ge("I", 8), PageSize = 3 }))
        {
            rows.Add($"{entity.PartitionKey}/{entity.RowKey}");
        }

        Assert.Equal(["p0/r8", "p0/r9", "p1/r8", "p1/r9", "p2/r8", "p2/r9", "p3/r8", "p3/r9"], rows);
    }

    [Fact]
    public async Task A_foreign_continuation_token_is_refused()
    {
        var (store, table) = await NewTableAsync(azurite.Server);

        var error = await Assert.ThrowsAsync<StorageException>(() => store.QueryPageAsync(table, new TableQuery { ContinuationToken = "not-a-token" }));

        Assert.Equal(StorageErrorKind.InvalidInput, error.Kind);
    }
}
