using System.Reflection;
using InsiderRisk.Functions.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Health;

/// <summary><c>GET /api/health</c>, anonymous: for probes that carry no identity.</summary>
public static class HealthApi
{
    public const string Healthy = "Healthy";

    private static readonly string Version =
        typeof(HealthApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(HealthApi).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/health").WithTags("Health").AllowAnonymous();
        group.MapGet(string.Empty, GetHealth)
            .WithName("GetHealth")
            .WithSummary("Whether the app is up, its version and which store it is configured for.");
        return endpoints;
    }

    public static Ok<HealthReport> GetHealth(IOptions<StorageOptions> storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return TypedResults.Ok(new HealthReport(Healthy, Version, storage.Value.Kind ?? StoreKind.EmbeddedSqlite));
    }
}
