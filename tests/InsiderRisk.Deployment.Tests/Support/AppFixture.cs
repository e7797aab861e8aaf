using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Platform.Storage;
using InsiderRisk.Storage.Queues;
using InsiderRisk.Storage.Tables;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Deployment.Tests.Support;

/// <summary>
/// The built app, in memory, on a fresh embedded store, with its table and queue stores watched so the
/// tests know what it creates. Started once per test class that uses it; clients carry Development identities.
/// </summary>
public sealed class AppFixture : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("insiderrisk-deploy-").FullName;
    private IReadOnlyList<ServiceDescriptor> registrations = [];

    public StoreUse Stores { get; } = new();

    /// <summary>The app's service registrations, as its own code made them.</summary>
    public IReadOnlyList<ServiceDescriptor> Registrations
    {
        get
        {
            _ = Services; // Builds the app, which records them.
            return registrations;
        }
    }

    /// <summary>Every endpoint the app maps, once routing has collected them.</summary>
    public IReadOnlyList<Endpoint> Endpoints => [.. Services.GetRequiredService<EndpointDataSource>().Endpoints];

    /// <summary>The app with its store created (the store initializer has finished).</summary>
    public async Task<AppFixture> StartedAsync()
    {
        var initializer = Services.GetRequiredService<StoreInitializer>();
        for (var waited = 0; !initializer.IsReady; waited++)
        {
            Assert.True(waited < 300, "The app's store initializer did not finish within 30 s.");
            await Task.Delay(100);
        }

        return this;
    }

    public HttpClient ClientAs(string user, params Role[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation(DevelopmentIdentity.UserHeader, user);
        if (roles.Length > 0)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation(DevelopmentIdentity.RolesHeader, string.Join(',', roles));
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Pinned so the machine's own environment cannot change what the app does.
        builder.UseSetting("WEBSITE_INSTANCE_ID", string.Empty);
        builder.UseSetting("FUNCTIONS_CUSTOMHANDLER_PORT", string.Empty);
        builder.UseSetting("AzureWebJobsStorage", string.Empty);
        builder.UseSetting("Auth:Mode", "Development");
        builder.UseSetting("InsiderRisk:DataDirectory", dataDirectory);
        builder.UseSetting("Flows:notify-manager:Url", "https://flows.example/notify?sig=secret-signature");
        builder.UseSetting("Flows:Open-Ticket:Url", "local");
        builder.UseSetting("Flows:unset:Url", string.Empty);
        builder.ConfigureTestServices(services =>
        {
            registrations = [.. services];
            Watch<ITableStore>(services, store => RecordingProxy<ITableStore>.Wrap(store, Stores.OnTableCall));
            Watch<IQueueStore>(services, store => RecordingProxy<IQueueStore>.Wrap(store, Stores.OnQueueCall));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(dataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static void Watch<T>(IServiceCollection services, Func<T, T> wrap)
        where T : class
    {
        var registered = services.Last(descriptor => descriptor.ServiceType == typeof(T));
        var factory = registered.ImplementationFactory
            ?? throw new InvalidOperationException($"{typeof(T).Name} is expected to be registered with a factory (the store connector's).");
        services.Remove(registered);
        services.AddSingleton(provider => wrap((T)factory(provider)));
    }
}
