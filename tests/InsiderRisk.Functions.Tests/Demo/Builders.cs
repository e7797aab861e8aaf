using InsiderRisk.Functions.Demo;
using InsiderRisk.Functions.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InsiderRisk.Functions.Tests.Demo;

/// <summary>The app started with the demo switched on, on a data directory the test owns.</summary>
public static class DemoBuilders
{
    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "insiderrisk-tests", Guid.NewGuid().ToString("N"));

    public static ApiFactory AppWithDemo(string dataDirectory) => new(new Dictionary<string, string?>
    {
        ["InsiderRisk:DataDirectory"] = dataDirectory,
        ["InsiderRisk:Demo"] = "true",
        ["LocalRun:Enabled"] = "true",
        ["LocalRun:PollInterval"] = "00:00:00.050",
    });

    /// <summary>Waits for the start-up load; true when this start loaded the data.</summary>
    public static Task<bool> DemoLoadedAsync(ApiFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var startup = factory.Services.GetServices<IHostedService>().OfType<DemoStartup>().Single();
        return startup.Completion.WaitAsync(TimeSpan.FromSeconds(60));
    }

    public static void DeleteDataDirectory(string dataDirectory)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
