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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Pinned so a developer's or CI's own environment (e.g. WEBSITE_INSTANCE_ID) cannot change the outcome.
        builder.UseSetting("WEBSITE_INSTANCE_ID", string.Empty);
        builder.UseSetting("FUNCTIONS_CUSTOMHANDLER_PORT", string.Empty);
        builder.UseSetting("AzureWebJobsStorage", string.Empty);
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
}
