using InsiderRisk.Storage.Tables;
using InsiderRisk.TestSupport;
using static InsiderRisk.Storage.Tests.Azure.Builders;

namespace InsiderRisk.Storage.Tests.Azure;

[Collection(AzuriteCollection.Name)]
public sealed class AzureTableStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Every_property_type_round_trips_through_Azurite()
    {
        var (store, table) = await NewTableAsync(azurite.Server);
        var at = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.FromHours(2)).AddTicks(1234567);
        var id = Guid.NewGuid();
        var written = Entity("p", "r",
            ("Text", "héllo 'quoted' \"double\""),
            ("Small", 42),
            ("Negative", -7),
            ("Big", long.MaxValue - 3),
            ("SmallLong", 5L),
            ("Ratio", 0.1 + 0.2),
            ("Whole", 3.0),
            ("Flag", true),
            ("At", at),
            ("Id", id),
            ("Bytes", new byte[] { 0, 1, 2, 254, 255 }));

        var etag = await store.InsertAsync(table, written);
        var read = await store.GetAsync(table, "p", "r");

        Assert.Equal(etag, written.ETag);
        Assert.NotNull(read);
        Assert.False(string.IsNullOrEmpty(etag));
        Assert.Equal(etag, read.ETag);
        Assert.NotNull(read.Timestamp);
        Assert.Equal("héllo 'quoted' \"double\"", read["Text"]);
        Assert.Equal(42, read["Small"]);
        Assert.Equal(-7, read["Negative"]);
        Assert.Equal(long.MaxValue - 3, read["Big"]);
        Assert.Equal(5L, read["SmallLong"]);
        Assert.Equal(0.1 + 0.2, read["Ratio"]);
        Assert.Equal(3.0, read["Whole"]);
        Assert.Equal(true, read["Flag"]);
        Assert.Equal(at, read["At"]);
        Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)read["At"]!).Offset);
        Assert.Equal(id, read["Id"]);
        Assert.Equal(new byte[] { 0, 1, 2, 254, 255 }, read["Bytes"]);
        Assert.Equal(11, read.Properties.Count);
    }

    [Fact]
    public async Task Missing_entity_reads_as_null_and_missing_table_is_NotFound()
    {
        var (store, table) = await NewTableAsync(azurite.Server);

        Assert.Null(await store.GetAsync(table, "p", "nothing"));
        var error = await Assert.ThrowsAsync<StorageException>(() => store.GetAsync(TableName(), "p", "r"));
        Assert.Equal(StorageErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task Creating_an_existing_table_is_fine()
    {
        var (store, table) = await NewTableAsync(azurite.Server);

        await store.CreateTableIfNotExistsAsync(table);
        await store.InsertAsync(table, Entity("p", "r"));
        Assert.NotNull(await store.GetAsync(table, "p", "r"));
    }

    [Fact]
    public async Task Writes_follow_ETags_and_map_statuses_to_typed_errors()
    {
        var (store, table) = await NewTableAsync(azurite.Server);
        var first = await store.InsertAsync(table, Entity("p", "r", ("N", 1)));

        var duplicate = await Assert.ThrowsAsync<StorageException>(() => store.InsertAsync(table, Entity("p", "r")));
        Assert.Equal(StorageErrorKind.Conflict, duplicate.Kind);
        Assert.Equal(409, duplicate.Status);

        var second = await store.ExecuteAsync(table, TableOperation.Replace(Entity("p", "r", ("N", 2)), first!));
        Assert.NotEqual(first, second);

        var stale = await Assert.ThrowsAsync<StorageException>(() => store.ExecuteAsync(table, TableOperation.Merge(Entity("p", "r", ("M", 1)), first!)));
        Assert.Equal(StorageErrorKind.PreconditionFailed, stale.Kind);

        var third = await store.ExecuteAsync(table, TableOperation.Merge(Entity("p", "r", ("M", 3)), second!));
        var merged = await store.GetAsync(table, "p", "r");
        Assert.Equal(third, merged!.ETag);
        Assert.Equal(2, merged["N"]);
        Assert.Equal(3, merged["M"]);

        var missing = await Assert.ThrowsAsync<StorageException>(() => store.ExecuteAsync(table, TableOperation.Replace(Entity("p", "absent"))));
        Assert.Equal(StorageErrorKind.NotFound, missing.Kind);

        Assert.Null(await store.ExecuteAsync(table, TableOperation.Delete("p", "r", third!)));
        var gone = await Assert.ThrowsAsync<StorageException>(() => store.ExecuteAsync(table, TableOperation.Delete("p", "r")));
        Assert.Equal(StorageErrorKind.NotFound, gone.Kind);
    }

    [Fact]
    public async Task Upserts_replace_or_merge_unconditionally()
    {
        var (store, table) = await NewTableAsync(azurite.Server);

        await store.ExecuteAsync(table, TableOperation.UpsertMerge(Entity("p", "r", ("A", 1))));
        await store.ExecuteAsync(table, TableOperation.UpsertMerge(Entity("p", "r", ("B", 2))));
        var merged = await store.GetAsync(table, "p", "r");
        await store.UpsertAsync(table, Entity("p", "r", ("C", 3)));
        var replaced = await store.GetAsync(table, "p", "r");

        Assert.Equal(1, merged!["A"]);
        Assert.Equal(2, merged["B"]);
        Assert.Equal(["C"], replaced!.Properties.Keys);
    }

    [Theory]
    [InlineData("O'Brien", "it''s")]
    [InlineData("with space", "plus+and&amp=eq")]
    [InlineData("ünïcødé ✓", "percent%20literal")]
    [InlineData("(paren)", "comma,colon:semi;at@dollar$")]
    [InlineData("", "")]
    public async Task Keys_with_quotes_and_reserved_characters_address_the_right_entity(string partitionKey, string rowKey)
    {
        var (store, table) = await NewTableAsync(azurite.Server);

        await store.InsertAsync(table, Entity(partitionKey, rowKey, ("V", 1)));
        await store.ExecuteAsync(table, TableOperation.Merge(Entity(partitionKey, rowKey, ("W", 2))));
        var read = await store.GetAsync(table, partitionKey, rowKey);
        var page = await store.QueryPageAsync(table, new TableQuery { PartitionKey = partitionKey, Filter = TableFilter.Eq("RowKey", rowKey) });
        await store.ExecuteAsync(table, TableOperation.Delete(partitionKey, rowKey));

        Assert.Equal(partitionKey, read!.PartitionKey);
        Assert.Equal(rowKey, read.RowKey);
        Assert.Equal(2, read["W"]);
        Assert.Equal(rowKey, Assert.Single(page.Items).RowKey);
        Assert.Null(await store.GetAsync(table, partitionKey, rowKey));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\u0001b")]
    [InlineData("a\u0085b")]
    public async Task Invalid_key_characters_are_refused_before_sending(string key)
    {
        var handler = new RecordingHandler(_ => throw new InvalidOperationException("nothing may be sent"));
        var store = new InsiderRisk.Storage.Azure.AzureTableStore(Connection(azurite.Server), Through(handler));

        var write = await Assert.ThrowsAsync<StorageException>(() => store.InsertAsync("Cases", Entity(key, "r")));
        var read = await Assert.ThrowsAsync<StorageException>(() => store.GetAsync("Cases", "p", key));

        Assert.Equal(StorageErrorKind.InvalidInput, write.Kind);
        Assert.Equal(StorageErrorKind.InvalidInput, read.Kind);
        Assert.Empty(handler.Requests);
    }
}
