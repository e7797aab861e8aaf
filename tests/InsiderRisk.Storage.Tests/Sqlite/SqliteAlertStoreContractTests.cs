using InsiderRisk.Storage.Sqlite;
using InsiderRisk.Storage.Tables;
using InsiderRisk.Storage.Tests.Alerts;

namespace InsiderRisk.Storage.Tests.Sqlite;

public sealed class SqliteAlertStoreContractTests : AlertStoreContractTests
{
    private readonly SqliteDatabase database = Builders.InMemory();

    protected override Task<ITableStore> CreateTableStoreAsync() => Task.FromResult<ITableStore>(new SqliteTableStore(database));

    protected override Task DisposeTableStoreAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }
}
