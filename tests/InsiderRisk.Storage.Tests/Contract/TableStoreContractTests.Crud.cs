using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Tests.Contract;

public abstract partial class TableStoreContractTests
{
    [Fact]
    public async Task An_inserted_entity_reads_back_with_its_properties_etag_and_timestamp()
    {
        var etag = await Store.InsertAsync(Table, Builders.Entity("p", "r", ("Name", "Ada"), ("Age", 36)));

        var read = await Store.GetAsync(Table, "p", "r");

        Assert.NotNull(read);
        Assert.Equal(etag, read.ETag);
        Assert.NotNull(read.Timestamp);
        Assert.Equal("Ada", read.GetString("Name"));
        Assert.Equal(36, read.GetInt32("Age"));
        Assert.Equal(2, read.Properties.Count);
    }

    [Fact]
    public async Task A_missing_entity_reads_as_null()
    {
        Assert.Null(await Store.GetAsync(Table, "p", "absent"));
    }

    [Fact]
    public async Task Inserting_an_existing_entity_conflicts_and_keeps_the_first()
    {
        await Store.InsertAsync(Table, Builders.Entity("p", "r", ("V", 1)));

        await Builders.ThrowsStorage(StorageErrorKind.Conflict, () => Store.InsertAsync(Table, Builders.Entity("p", "r", ("V", 2))));

        Assert.Equal(1, (await Store.GetAsync(Table, "p", "r"))!.GetInt32("V"));
    }

    [Fact]
    public async Task Every_write_returns_a_new_etag()
    {
        var entity = Builders.Entity("p", "r", ("V", 1));
        var etags = new List<string?>
        {
            await Store.InsertAsync(Table, entity),
            await Store.ExecuteAsync(Table, TableOperation.Replace(entity)),
            await Store.ExecuteAsync(Table, TableOperation.Merge(entity)),
            await Store.ExecuteAsync(Table, TableOperation.UpsertReplace(entity)),
            await Store.ExecuteAsync(Table, TableOperation.UpsertMerge(entity)),
        };

        Assert.All(etags, Assert.NotNull);
        Assert.Equal(etags.Count, etags.Distinct().Count());
        Assert.Equal(etags[^1], (await Store.GetAsync(Table, "p", "r"))!.ETag);
    }

    [Fact]
    public async Task Replace_swaps_all_properties()
    {
        await Store.InsertAsync(Table, Builders.Entity("p", "r", ("A", 1), ("B", "kept?")));

        await Store.ExecuteAsync(Table, TableOperation.Replace(Builders.Entity("p", "r", ("A", 2))));

        var read = (await Store.GetAsync(Table, "p", "r"))!;
        Assert.Equal(2, read.GetInt32("A"));
        Assert.False(read.Properties.ContainsKey("B"));
    }

    [Fact]
    public async Task Merge_overwrites_the_given_properties_and_keeps_the_others()
    {
        await Store.InsertAsync(Table, Builders.Entity("p", "r", ("A", 1), ("B", "kept")));

        await Store.ExecuteAsync(Table, TableOperation.Merge(Builders.Entity("p", "r", ("A", "now a string"), ("C", true))));

        var read = (await Store.GetAsync(Table, "p", "r"))!;
        Assert.Equal("now a string", read.GetString("A"));
        Assert.Equal("kept", read.GetString("B"));
        Assert.True(read.GetBoolean("C"));
    }

    [Fact]
    public async Task Upsert_replace_inserts_when_absent_and_replaces_when_present()
    {
        await Store.ExecuteAsync(Table, TableOperation.UpsertReplace(Builders.Entity("p", "r", ("A", 1), ("B", 2))));
        Assert.Equal(2, (await Store.GetAsync(Table, "p", "r"))!.GetInt32("B"));

        await Store.ExecuteAsync(Table, TableOperation.UpsertReplace(Builders.Entity("p", "r", ("A", 3))));

        var read = (await Store.GetAsync(Table, "p", "r"))!;
        Assert.Equal(3, read.GetInt32("A"));
        Assert.False(read.Properties.ContainsKey("B"));
    }

    [Fact]
    public async Task Upsert_merge_inserts_when_absent_and_merges_when_present()
    {
        await Store.ExecuteAsync(Table, TableOperation.UpsertMerge(Builders.Entity("p", "r", ("A", 1), ("B", 2))));
        Assert.Equal(1, (await Store.GetAsync(Table, "p", "r"))!.GetInt32("A"));

        await Store.ExecuteAsync(Table, TableOperation.UpsertMerge(Builders.Entity("p", "r", ("A", 3))));

        var read = (await Store.GetAsync(Table, "p", "r"))!;
        Assert.Equal(3, read.GetInt32("A"));
        Assert.Equal(2, read.GetInt32("B"));
    }

    [Fact]
    public async Task Delete_removes_the_entity()
    {
        var etag = await Store.InsertAsync(Table, Builders.Entity("p", "r"));

        Assert.Null(await Store.ExecuteAsync(Table, TableOperation.Delete("p", "r", etag!)));

        Assert.Null(await Store.GetAsync(Table, "p", "r"));
    }

    [Theory]
    [InlineData(TableOperationKind.Replace)]
    [InlineData(TableOperationKind.Merge)]
    [InlineData(TableOperationKind.Delete)]
    public async Task A_conditional_write_to_a_missing_entity_is_NotFound(TableOperationKind kind)
    {
        await Builders.ThrowsStorage(StorageErrorKind.NotFound, () => Store.ExecuteAsync(Table, new TableOperation(kind, Builders.Entity("p", "absent"), TableOperation.AnyETag)));
    }

    [Theory]
    [InlineData(TableOperationKind.Replace)]
    [InlineData(TableOperationKind.Merge)]
    [InlineData(TableOperationKind.Delete)]
    public async Task A_write_with_a_stale_etag_fails_and_changes_nothing(TableOperationKind kind)
    {
        var stale = await Store.InsertAsync(Table, Builders.Entity("p", "r", ("V", 1)));
        var current = await Store.ExecuteAsync(Table, TableOperation.Replace(Builders.Entity("p", "r", ("V", 2)), stale!));

        await Builders.ThrowsStorage(StorageErrorKind.PreconditionFailed, () => Store.ExecuteAsync(Table, new TableOperation(kind, Builders.Entity("p", "r", ("V", 3)), stale)));

        var read = (await Store.GetAsync(Table, "p", "r"))!;
        Assert.Equal(current, read.ETag);
        Assert.Equal(2, read.GetInt32("V"));
    }

    [Theory]
    [InlineData(TableOperationKind.Replace)]
    [InlineData(TableOperationKind.Merge)]
    public async Task A_write_with_the_current_or_any_etag_succeeds(TableOperationKind kind)
    {
        var current = await Store.InsertAsync(Table, Builders.Entity("p", "r", ("V", 1)));

        await Store.ExecuteAsync(Table, new TableOperation(kind, Builders.Entity("p", "r", ("V", 2)), current));
        await Store.ExecuteAsync(Table, new TableOperation(kind, Builders.Entity("p", "r", ("V", 3)), TableOperation.AnyETag));

        Assert.Equal(3, (await Store.GetAsync(Table, "p", "r"))!.GetInt32("V"));
    }
}
