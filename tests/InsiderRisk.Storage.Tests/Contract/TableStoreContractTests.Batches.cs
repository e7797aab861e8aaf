using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Tests.Contract;

public abstract partial class TableStoreContractTests
{
    [Fact]
    public async Task A_batch_of_every_kind_commits_together_and_returns_each_etag()
    {
        var replaced = await Store.InsertAsync(Table, Builders.Entity("p", "replace", ("V", 1)));
        await Store.InsertAsync(Table, Builders.Entity("p", "merge", ("V", 1), ("Kept", true)));
        await Store.InsertAsync(Table, Builders.Entity("p", "delete"));

        var etags = await Store.SubmitBatchAsync(Table, [
            TableOperation.Insert(Builders.Entity("p", "insert", ("V", 2))),
            TableOperation.Replace(Builders.Entity("p", "replace", ("V", 2)), replaced!),
            TableOperation.Merge(Builders.Entity("p", "merge", ("V", 2))),
            TableOperation.UpsertReplace(Builders.Entity("p", "upsert-replace", ("V", 2))),
            TableOperation.UpsertMerge(Builders.Entity("p", "upsert-merge", ("V", 2))),
            TableOperation.Delete("p", "delete"),
        ]);

        Assert.Equal(6, etags.Count);
        Assert.All(etags.Take(5), Assert.NotNull);
        Assert.Null(etags[5]);
        var rows = await Store.All(Table);
        Assert.Equal(["insert", "merge", "replace", "upsert-merge", "upsert-replace"], rows.ConvertAll(e => e.RowKey));
        Assert.All(rows, row => Assert.Equal(2, row.GetInt32("V")));
        Assert.True(rows.Single(r => r.RowKey == "merge").GetBoolean("Kept"));
        Assert.Equal(etags[1], rows.Single(r => r.RowKey == "replace").ETag);
    }

    [Fact]
    public async Task A_failing_insert_rolls_back_the_whole_batch_and_names_its_index()
    {
        await Store.InsertAsync(Table, Builders.Entity("p", "taken", ("V", 1)));
        List<TableOperation> operations = [
            TableOperation.Insert(Builders.Entity("p", "new0")),
            TableOperation.Insert(Builders.Entity("p", "new1")),
            TableOperation.UpsertMerge(Builders.Entity("p", "new2", ("V", 2))),
            TableOperation.Insert(Builders.Entity("p", "new3")),
            TableOperation.Insert(Builders.Entity("p", "taken", ("V", 3))),
            TableOperation.Insert(Builders.Entity("p", "new4")),
        ];

        var failure = await Assert.ThrowsAsync<BatchOperationException>(() => Store.SubmitBatchAsync(Table, operations));

        Assert.Equal(4, failure.FailedIndex);
        Assert.Equal(StorageErrorKind.Conflict, failure.Kind);
        var rows = await Store.All(Table);
        Assert.Equal("taken", Assert.Single(rows).RowKey);
        Assert.Equal(1, rows[0].GetInt32("V"));
    }

    [Fact]
    public async Task A_failing_operation_reports_its_index_and_kind()
    {
        var stale = await Store.InsertAsync(Table, Builders.Entity("p", "row", ("V", 1)));
        await Store.ExecuteAsync(Table, TableOperation.Merge(Builders.Entity("p", "row", ("V", 2))));
        await Store.InsertAsync(Table, Builders.Entity("p", "exists"));

        var conflict = await Assert.ThrowsAsync<BatchOperationException>(() => Store.SubmitBatchAsync(Table, [
            TableOperation.Insert(Builders.Entity("p", "a")),
            TableOperation.Insert(Builders.Entity("p", "exists")),
        ]));
        var precondition = await Assert.ThrowsAsync<BatchOperationException>(() => Store.SubmitBatchAsync(Table, [
            TableOperation.Insert(Builders.Entity("p", "a")),
            TableOperation.Insert(Builders.Entity("p", "b")),
            TableOperation.Replace(Builders.Entity("p", "row", ("V", 9)), stale!),
        ]));
        var missing = await Assert.ThrowsAsync<BatchOperationException>(() => Store.SubmitBatchAsync(Table, [
            TableOperation.Delete("p", "absent"),
        ]));

        Assert.Equal((1, StorageErrorKind.Conflict), (conflict.FailedIndex, conflict.Kind));
        Assert.Equal((2, StorageErrorKind.PreconditionFailed), (precondition.FailedIndex, precondition.Kind));
        Assert.Equal((0, StorageErrorKind.NotFound), (missing.FailedIndex, missing.Kind));
        Assert.Equal(["exists", "row"], (await Store.All(Table)).ConvertAll(e => e.RowKey));
    }

    [Fact]
    public async Task A_batch_of_one_hundred_operations_commits()
    {
        var operations = Enumerable.Range(0, 100).Select(i => TableOperation.Insert(Builders.Entity("p", $"r{i:D3}", ("I", i)))).ToList();

        var etags = await Store.SubmitBatchAsync(Table, operations);

        Assert.Equal(100, etags.Count);
        Assert.Equal(100, (await Store.All(Table)).Count);
    }

    [Fact]
    public async Task An_oversized_a_mixed_partition_or_a_duplicate_batch_is_rejected_before_anything_is_written()
    {
        var tooMany = Enumerable.Range(0, 101).Select(i => TableOperation.Insert(Builders.Entity("p", $"r{i:D3}"))).ToList();
        List<TableOperation> twoPartitions = [TableOperation.Insert(Builders.Entity("p1", "r")), TableOperation.Insert(Builders.Entity("p2", "r"))];
        List<TableOperation> duplicate = [TableOperation.Insert(Builders.Entity("p", "r")), TableOperation.UpsertMerge(Builders.Entity("p", "r"))];

        await Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => Store.SubmitBatchAsync(Table, tooMany));
        await Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => Store.SubmitBatchAsync(Table, twoPartitions));
        await Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => Store.SubmitBatchAsync(Table, duplicate));
        await Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => Store.SubmitBatchAsync(Table, []));

        Assert.Empty(await Store.All(Table));
    }
}
