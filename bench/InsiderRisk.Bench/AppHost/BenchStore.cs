using InsiderRisk.Bench.Harness;
using InsiderRisk.TestSupport;
using Microsoft.Data.Sqlite;

namespace InsiderRisk.Bench.AppHost;

/// <summary>
/// A fresh store for one scenario run, chosen the way the app chooses it: <c>AzureWebJobsStorage</c>
/// empty → SQLite in <c>InsiderRisk:DataDirectory</c> (a new temporary folder); a connection string →
/// Azurite, started as the tests start it (<see cref="AzuriteServer"/>; it fails loudly if it cannot).
/// Disposing stops Azurite or deletes the folder.
/// </summary>
public sealed class BenchStore : IAsyncDisposable
{
    private readonly AzuriteServer? azurite;

    private BenchStore(StoreKind kind, string dataDirectory, AzuriteServer? server)
    {
        Kind = kind;
        DataDirectory = dataDirectory;
        azurite = server;
    }

    public StoreKind Kind { get; }

    /// <summary>The app's data folder: the SQLite file, or only the pseudonymization key on Azurite.</summary>
    public string DataDirectory { get; }

    /// <summary>The configuration keys that point the app at this store.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["AzureWebJobsStorage"] = azurite?.ConnectionString ?? string.Empty,
        ["InsiderRisk:DataDirectory"] = DataDirectory,
    };

    public static async Task<BenchStore> OpenAsync(StoreKind kind, CancellationToken cancellationToken = default)
    {
        var directory = Path.Combine(Path.GetTempPath(), "insiderrisk-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            return kind switch
            {
                StoreKind.Sqlite => new BenchStore(kind, directory, null),
                StoreKind.Azurite => new BenchStore(kind, directory, await AzuriteServer.StartAsync(cancellationToken)),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only SQLite and Azurite are stores."),
            };
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        // Pooled connections keep the file open; the folder can only go once they are closed.
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
