using InsiderRisk.Storage.Queues;
using InsiderRisk.Storage.Sqlite;
using InsiderRisk.Storage.Tests.Contract;

namespace InsiderRisk.Storage.Tests.Sqlite;

/// <summary>The queue contract on SQLite, on a clock the tests move instead of sleeping.</summary>
public sealed class SqliteQueueStoreContractTests : QueueStoreContractTests
{
    private readonly SqliteDatabase database = Builders.InMemory();
    private readonly ManualTimeProvider time = new();

    protected override Task<IQueueStore> CreateStoreAsync() => Task.FromResult<IQueueStore>(new SqliteQueueStore(database, time));

    protected override Task DisposeStoreAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }

    protected override Task LetTimePassAsync(TimeSpan span)
    {
        time.Advance(span);
        return Task.CompletedTask;
    }
}
