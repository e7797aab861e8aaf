using InsiderRisk.Functions.Configuration;
using InsiderRisk.Storage.Azure;
using InsiderRisk.Storage.Azure.Connection;
using InsiderRisk.Storage.Queues;
using InsiderRisk.Storage.Sqlite;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Platform.Storage;

/// <summary>Opens the configured store once; owns the SQLite database when that is the store.</summary>
public sealed class StoreConnector : IDisposable
{
    private readonly SqliteDatabase? database;

    public StoreConnector(IOptions<StorageOptions> storage, IOptions<InsiderRiskOptions> app, IConfiguration configuration, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(configuration);
        Kind = StoreRegistration.KindOf(storage.Value);
        if (Kind == StoreKind.EmbeddedSqlite)
        {
            DataDirectory = Path.GetFullPath(app.Value.DataDirectory);
            database = SqliteDatabase.OpenDirectory(DataDirectory);
            Tables = new SqliteTableStore(database, time);
            Queues = new SqliteQueueStore(database, time);
            return;
        }

        var connection = string.IsNullOrWhiteSpace(storage.Value.ConnectionString)
            ? StorageConnection.FromSettings(StorageOptions.Setting, key => configuration[key])
                ?? throw new InvalidOperationException($"{StorageOptions.Setting} names no storage account.")
            : StorageConnection.Parse(storage.Value.ConnectionString);
        Tables = new AzureTableStore(connection);
        Queues = new AzureQueueStore(connection);
    }

    public StoreKind Kind { get; }

    /// <summary>The embedded store's folder; null when the store is Azurite or Azure.</summary>
    public string? DataDirectory { get; }

    public ITableStore Tables { get; }

    public IQueueStore Queues { get; }

    public void Dispose() => database?.Dispose();
}
