using InsiderRisk.Storage.Azure;
using InsiderRisk.Storage.Tables;
using InsiderRisk.TestSupport;
using static InsiderRisk.Storage.Tests.Azure.Builders;

namespace InsiderRisk.Storage.Tests.Azure;

[Collection(AzuriteCollection.Name)]
public sealed class AzureTableBatchTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_batch_applies_every_operation_and_returns_their_ETags()
    {
        var (store, table) = await NewTableAsync(azurite.Server);
        var existing = await store.InsertAsync(table, Entity("p", "replace-me", ("V", 0)));
        await store.InsertAsync(table, Entity("p", "delete me, it's (old)"));
        await store.InsertAsync(table, Entity("p", "merge-me", ("Kept", true)));

        var etags = await store.SubmitBatchAsync(table,
        [
            TableOperation.Insert(Entity("p", "new", ("Big", 1L << 40), ("At", DateTimeOffset.UnixEpoch))),
            TableOperation.Replace(Entity("p", "replace-me", ("V", 1)), existing!),
            TableOperation.Merge(Entity("p", "merge-me", ("Added", "yes"))),
            TableOperation.UpsertReplace(Entity("p", "upsert-replace", ("V", 3))),
            TableOperation.UpsertMerge(Entity("p", "upsert 'merge' ✓", ("V", 4))),
            TableOperation.Delete("p", "delete me, it's (old)"),
        ]);

        Assert.Equal(6, etags.Count);
        Assert.All(etags.Take(5), e => Assert.False(string.IsNullOrEmpty(e)));
        Assert.Null(etags[5]);
        var created = await store.GetAsync(table, "p", "new");
        Assert.Equal(etags[3], (await store.GetAsync(table, "p", "upsert-replace"))!.ETag);
        Assert.Equal(etags[4], (await store.GetAsync(table, "p", "upsert 'merge' ✓"))!.ETag);
        Assert.Equal(etags[0], created!.ETag);
        Assert.Equal(1L << 40, created["Big"]);
        Assert.Equal(DateTimeOffset.UnixEpoch, created["At"]);
        Assert.Equal(1, (await store.GetAsync(table, "p", "replace-me"))!["V"]);
        var merged = await store.GetAsync(table, "p", "merge-me");
        Assert.Equal((true, "yes"), (merged!["Kept"], merged["Added"]));
        Assert.Null(await store.GetAsync(table, "p", "delete me, it's (old)"));
    }

    [Fact]
    public async Task A_failing_operation_rolls_the_batch_back_and_is_named_by_its_index()
    {
        var (store, table) = await NewTableAsync(azurite.Server);
        await store.InsertAsync(table, Entity("p", "taken"));

        var error = await Assert.ThrowsAsync<BatchOperationException>(() => store.SubmitBatchAsync(table,
        [
            TableOperation.Insert(Entity("p", "a")),
            TableOperation.Insert(Entity("p", "b")),
            TableOperation.Insert(Entity("p", "taken")),
            TableOperation.Insert(Entity("p", "c")),
        ]));

        Assert.Equal(2, error.FailedIndex);
        Assert.Equal(StorageErrorKind.Conflict, error.Kind);
        Assert.Null(await store.GetAsync(table, "p", "a"));
        Assert.Null(await store.GetAsync(table, "p", "b"));
    }

    [Fact]
    public async Task A_stale_ETag_in_a_batch_is_PreconditionFailed_at_its_index()
    {
        var (store, table) = await NewTableAsync(azurite.Server);
        var old = await store.InsertAsync(table, Entity("p", "r", ("V", 1)));
        await store.UpsertAsync(table, Entity("p", "r", ("V", 2)));

        var error = await Assert.ThrowsAsync<BatchOperationException>(() => store.SubmitBatchAsync(table,
        [
            TableOperation.Insert(Entity("p", "head")),
            TableOperation.Replace(Entity("p", "r", ("V", 3)), old!),
        ]));

        Assert.Equal(1, error.FailedIndex);
        Assert.Equal(StorageErrorKind.PreconditionFailed, error.Kind);
        Assert.Null(await store.GetAsync(table, "p", "head"));
        Assert.Equal(2, (await store.GetAsync(table, "p", "r"))!["V"]);
    }

    [Fact]
    public async Task Invalid_batches_are_refused_before_anything_is_sent()
    {
        var handler = new RecordingHandler(_ => throw new InvalidOperationException("nothing may be sent"));
        var store = new AzureTableStore(Connection(azurite.Server), Through(handler));

        async Task<StorageErrorKind> Refusal(IReadOnlyList<TableOperation> operations) =>
            (await Assert.ThrowsAsync<StorageException>(() => store.SubmitBatchAsync("Cases", operations))).Kind;

        Assert.Equal(StorageErrorKind.InvalidInput, await Refusal([]));
        Assert.Equal(StorageErrorKind.InvalidInput, await Refusal([.. Enumerable.Range(0, 101).Select(i => TableOperation.Insert(Entity("p", $"r{i}")))]));
        Assert.Equal(StorageErrorKind.InvalidInput, await Refusal([TableOperation.Insert(Entity("p1", "r")), TableOperation.Insert(Entity("p2", "r"))]));
        Assert.Equal(StorageErrorKind.InvalidInput, await Refusal([TableOperation.Insert(Entity("p", "r")), TableOperation.Delete("p", "r")]));
        Assert.Equal(StorageErrorKind.InvalidInput, await Refusal([TableOperation.Insert(Entity("p", "bad/key"))]));
        Assert.Equal(StorageErrorKind.InvalidInput, await Refusal([TableOperation.Replace(Entity("p", "r"), "W/\"x\"\r\nInjected: yes")]));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_full_batch_of_100_operations_commits()
    {
        var (store, table) = await NewTableAsync(azurite.Server);

        IReadOnlyList<TableOperation> operations = [.. Enumerable.Range(0, 100).Select(i => TableOperation.Insert(Entity("p", $"r{i:D3}", ("Payload", new string('x', 1000)))))];

        var etags = await store.SubmitBatchAsync(table, operations);
        var stored = await store.QueryPageAsync(table, new TableQuery { PartitionKey = "p" });

        Assert.Equal(100, etags.Count);
        Assert.Equal(etags, operations.Select(o => o.Entity.ETag));
        Assert.Equal(etags, stored.Items.Select(e => e.ETag));
    }
}
