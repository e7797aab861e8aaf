using System.Reflection;
using InsiderRisk.Functions.Configuration;
using InsiderRisk.Functions.Platform.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Health;

/// <summary><c>GET /api/health</c>, anonymous: for probes that carry no identity.</summary>
public static class HealthApi
{
    public const string Healthy = "Healthy";
    public const string Degraded = "Degraded";

    private static readonly string Version =
        typeof(HealthApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(HealthApi).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public static IServiceCollection AddHealth(this IServiceCollection services) => services.AddSingleton<IStoreProbe, StoreProbe>();

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/health").WithTags("Health").AllowAnonymous();
        group.MapGet(string.Empty, GetHealth)
            .WithName("GetHealth")
            .WithSummary("Whether the app is up, its version, which store it is configured for and whether that store answers.");
        return endpoints;
    }

    public static async Task<Ok<HealthReport>> GetHealth(
        IOptions<StorageOptions> storage,
        IStoreProbe probe,
        StoreInitializer initializer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(initializer);
        var reachable = await probe.IsReachableAsync(cancellationToken);
        var ready = initializer.IsReady;
        return TypedResults.Ok(new HealthReport(
            reachable && ready ? Healthy : Degraded,
            Version,
            storage.Value.Kind ?? StoreKind.EmbeddedSqlite,
            reachable,
            ready));
    }
}
