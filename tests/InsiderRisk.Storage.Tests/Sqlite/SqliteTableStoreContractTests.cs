using InsiderRisk.Storage.Sqlite;
using InsiderRisk.Storage.Tables;
using InsiderRisk.Storage.Tests.Contract;

namespace InsiderRisk.Storage.Tests.Sqlite;

/// <summary>The table contract on an in-memory SQLite database.</summary>
public sealed class SqliteTableStoreContractTests : TableStoreContractTests
{
    private readonly SqliteDatabase database = Builders.InMemory();

    protected override Task<ITableStore> CreateStoreAsync() => Task.FromResult<ITableStore>(new SqliteTableStore(database));

    protected override Task DisposeStoreAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }
}
