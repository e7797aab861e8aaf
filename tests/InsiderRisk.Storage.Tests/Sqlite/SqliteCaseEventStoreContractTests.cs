using InsiderRisk.Storage.Sqlite;
using InsiderRisk.Storage.Tables;
using InsiderRisk.Storage.Tests.Cases;

namespace InsiderRisk.Storage.Tests.Sqlite;

/// <summary>The case event store on a SQLite file (WAL), where parallel readers really run in parallel.</summary>
public sealed class SqliteCaseEventStoreContractTests : CaseEventStoreContractTests
{
    private readonly string directory = Builders.TempDirectory();
    private SqliteDatabase? database;

    protected override Task<ITableStore> CreateTableStoreAsync()
    {
        database = SqliteDatabase.OpenDirectory(directory);
        return Task.FromResult<ITableStore>(new SqliteTableStore(database));
    }

    protected override Task DisposeTableStoreAsync()
    {
        database?.Dispose();
        Builders.DeleteDirectory(directory);
        return Task.CompletedTask;
    }
}
