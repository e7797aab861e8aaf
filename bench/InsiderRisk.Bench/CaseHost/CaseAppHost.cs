using InsiderRisk.Bench.Harness;
using InsiderRisk.Functions.Platform.Storage;
using InsiderRisk.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InsiderRisk.Bench.CaseHost;

/// <summary>
/// The app's own service container on the store a run chose, chosen as the app chooses it:
/// <c>AzureWebJobsStorage</c> empty → SQLite in <c>InsiderRisk:DataDirectory</c> (a fresh temporary
/// folder), a connection string → Azurite started as the tests start it. No HTTP server and no
/// background service runs (the sweeper and effect runner would compete with the measured work);
/// only the store initializer, so every table and queue exists. Dispose removes everything.
/// </summary>
public sealed class CaseAppHost : IAsyncDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(60);

    private readonly WebApplication app;
    private readonly AzuriteServer? azurite;
    private readonly string dataDirectory;

    private CaseAppHost(WebApplication app, AzuriteServer? azurite, string dataDirectory)
    {
        this.app = app;
        this.azurite = azurite;
        this.dataDirectory = dataDirectory;
    }

    public IServiceProvider Services => app.Services;

    public T Get<T>()
        where T : notnull => app.Services.GetRequiredService<T>();

    public static async Task<CaseAppHost> StartAsync(StoreKind store, CancellationToken cancellationToken)
    {
        if (store is not (StoreKind.Sqlite or StoreKind.Azurite))
        {
            throw new ArgumentOutOfRangeException(nameof(store), store, "The app runs on SQLite or Azurite.");
        }

        AzuriteServer? azurite = store == StoreKind.Azurite ? await AzuriteServer.StartAsync(cancellationToken) : null;
        string dataDirectory = Directory.CreateTempSubdirectory("insiderrisk-bench-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite?.ConnectionString ?? string.Empty,
            ["InsiderRisk:DataDirectory"] = dataDirectory,
            ["WEBSITE_INSTANCE_ID"] = string.Empty,
            ["FUNCTIONS_CUSTOMHANDLER_PORT"] = string.Empty,
        });
        builder.Logging.ClearProviders();
        AppRegistrations.AddTo(builder.Services);
        var host = new CaseAppHost(builder.Build(), azurite, dataDirectory);
        try
        {
            await host.InitializeStoreAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private async Task InitializeStoreAsync(CancellationToken cancellationToken)
    {
        var initializer = Get<StoreInitializer>();
        await initializer.StartAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ReadyWithin);
        while (!initializer.IsReady)
        {
            await Task.Delay(50, timeout.Token);
        }

        await initializer.StopAsync(cancellationToken);
    }
}
