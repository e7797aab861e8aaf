using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Tests.Contract;

public abstract partial class TableStoreContractTests
{
    public static TheoryData<string> InvalidKeys => ["a/b", "a\\b", "a#b", "a?b", "a\u0000b", "a\tb", "a\u001Fb", "a\u007Fb", "a\u0085b", "a\u009Fb"];

    [Theory]
    [MemberData(nameof(InvalidKeys))]
    public async Task An_invalid_partition_or_row_key_is_rejected_before_anything_is_written(string key)
    {
        await Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => Store.InsertAsync(Table, Builders.Entity(key, "r")));
        await Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => Store.InsertAsync(Table, Builders.Entity("p", key)));
        await Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => Store.ExecuteAsync(Table, TableOperation.UpsertMerge(Builders.Entity("p", key))));
        await Builders.ThrowsStorage(
            StorageErrorKind.InvalidInput,
            () => Store.SubmitBatchAsync(Table, [TableOperation.Insert(Builders.Entity("p", "fine")), TableOperation.Insert(Builders.Entity("p", key))]));

        Assert.Empty(await Store.All(Table));
    }

    [Theory]
    [InlineData("it's 100% o'k & fine+ = yes")]
    [InlineData("ünïcödé 😀 case-Ω")]
    [InlineData("(PartitionKey='x',RowKey='y')")]
    [InlineData("")]
    public async Task Keys_with_quotes_percent_signs_and_unicode_round_trip(string key)
    {
        var etag = await Store.InsertAsync(Table, Builders.Entity(key, key, ("V", 1)));

        var read = await Store.GetAsync(Table, key, key);
        var queried = await Store.All(Table, new TableQuery { PartitionKey = key });
        await Store.ExecuteAsync(Table, TableOperation.Merge(Builders.Entity(key, key, ("W", 2)), etag!));
        await Store.ExecuteAsync(Table, TableOperation.Delete(key, key));

        Assert.Equal(key, read!.RowKey);
        Assert.Equal(key, Assert.Single(queried).PartitionKey);
        Assert.Null(await Store.GetAsync(Table, key, key));
    }

    [Fact]
    public async Task Results_come_in_ordinal_partition_key_then_row_key_order()
    {
        string[] keys = ["b", "B", "a", "aa", "Z", "a b", "0", "~"];
        foreach (var partition in new[] { "y", "X" })
        {
            await Store.SubmitBatchAsync(Table, keys.Select(k => TableOperation.Insert(Builders.Entity(partition, k))).ToList());
        }

        var read = await Store.All(Table, new TableQuery { PageSize = 3 });

        var expected = new[] { "X", "y" }.SelectMany(p => keys.Order(StringComparer.Ordinal).Select(k => (p, k))).ToList();
        Assert.Equal(expected, read.ConvertAll(e => (e.PartitionKey, e.RowKey)));
    }
}
