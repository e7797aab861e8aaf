using InsiderRisk.Storage.Sqlite;
using InsiderRisk.Storage.Tables;
using InsiderRisk.Storage.Tests.Contract;

namespace InsiderRisk.Storage.Tests.Sqlite;

public sealed class SqliteTableStoreContractTests : TableStoreContractTests
{
    private readonly SqliteDatabase database = SqliteDatabase.OpenInMemory("tables-" + Guid.NewGuid().ToString("N"));

    protected override Task<ITableStore> CreateStoreAsync() => Task.FromResult<ITableStore>(new SqliteTableStore(database));

    protected override Task DisposeStoreAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }
}
