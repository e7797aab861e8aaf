using InsiderRisk.Bench.AppHost;
using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Ingest;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Bench.Tests.AppHost;

public sealed class RecordingTableStoreTests
{
    [Fact]
    public async Task GivenWritesOfOneRowThenAMergeAndAFailedInsert_WhenTheBaselineWritesThem_ThenEachRowIsWrittenOnceAsItEndedUp()
    {
        await using var store = await BenchStore.OpenAsync(StoreKind.Sqlite);
        await using var app = await BenchApp.StartAsync(store);
        var inner = app.Services.GetRequiredService<ITableStore>();
        var recorder = new RecordingTableStore(inner);
        await recorder.CreateTableIfNotExistsAsync("Things");
        await recorder.InsertAsync("Things", new TableEntity("p", "a") { ["Count"] = 1, ["Name"] = "first" });
        await recorder.ExecuteAsync("Things", TableOperation.Merge(new TableEntity("p", "a") { ["Count"] = 2 }));
        await recorder.SubmitBatchAsync("Things", [TableOperation.UpsertReplace(new TableEntity("p", "b")), TableOperation.UpsertReplace(new TableEntity("p", "c"))]);
        await Assert.ThrowsAsync<InsiderRisk.Storage.StorageException>(() => recorder.InsertAsync("Things", new TableEntity("p", "a")));

        var writes = recorder.Drain();
        var raw = new RawBatchWriter(inner);
        await raw.PrepareAsync(writes, CancellationToken.None);
        int rows = await raw.WriteAsync(writes, CancellationToken.None);

        Assert.Equal(4, writes.Count);
        Assert.Empty(recorder.Drain());
        Assert.Equal(3, rows);
        var a = await inner.GetAsync(RawBatchWriter.TablePrefix + "Things", "p", "a");
        Assert.Equal((2, "first"), (a!.GetInt32("Count"), a.GetString("Name")));
    }
}
