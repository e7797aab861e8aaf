using InsiderRisk.Storage.Sqlite;
using InsiderRisk.Storage.Tables;
using InsiderRisk.Storage.Tests.Contract;

namespace InsiderRisk.Storage.Tests.Sqlite;

/// <summary>The table contract on a database file in WAL mode, as the app runs it.</summary>
public sealed class SqliteFileTableStoreContractTests : TableStoreContractTests
{
    private readonly string directory = Builders.TempDirectory();
    private SqliteDatabase? database;

    protected override Task<ITableStore> CreateStoreAsync()
    {
        database = SqliteDatabase.OpenDirectory(directory);
        return Task.FromResult<ITableStore>(new SqliteTableStore(database));
    }

    protected override Task DisposeStoreAsync()
    {
        database?.Dispose();
        Builders.DeleteDirectory(directory);
        return Task.CompletedTask;
    }
}
