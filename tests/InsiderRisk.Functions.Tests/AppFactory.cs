using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests;

/// <summary>The app in memory with the given settings (configuration keys, <c>:</c> nesting) and service changes.</summary>
public class AppFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public AppFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    public TestLogSink Logs { get; } = new();

    /// <summary>A fresh folder per factory for the embedded store, unless the test names one.</summary>
    public string DataDirectory { get; } = settings.TryGetValue("InsiderRisk:DataDirectory", out var named) && named is not null
        ? named
        : Path.Combine(Path.GetTempPath(), "insiderrisk-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Pinned so a developer's or CI's own environment (e.g. WEBSITE_INSTANCE_ID) cannot change the outcome.
        builder.UseSetting("WEBSITE_INSTANCE_ID", string.Empty);
        builder.UseSetting("FUNCTIONS_CUSTOMHANDLER_PORT", string.Empty);
        builder.UseSetting("AzureWebJobsStorage", string.Empty);
        builder.UseSetting("InsiderRisk:DataDirectory", DataDirectory);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(collection =>
        {
            collection.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
            services?.Invoke(collection);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !settings.ContainsKey("InsiderRisk:DataDirectory"))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
            }
        }
    }
}
