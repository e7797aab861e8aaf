using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderRisk.Functions.Telemetry;

/// <summary>The telemetry contract's events: <see cref="ITelemetryEvents"/> and, when configured, the exporter.</summary>
public static class TelemetryRegistration
{
    /// <summary>Register before the services that emit events: hosted services stop in reverse order, so the exporter flushes last.</summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services)
    {
        services.TryAddSingleton(new TelemetryExportOptions());
        services.TryAddSingleton(TelemetryCredentials.Azure);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => TelemetrySetup.From(
            provider.GetRequiredService<IConfiguration>(),
            provider.GetRequiredService<IHostEnvironment>(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TelemetrySetup))));
        services.AddSingleton(provider => new TelemetryQueue(
            provider.GetRequiredService<TelemetrySetup>().Connection,
            provider.GetRequiredService<TelemetryExportOptions>()));
        services.AddSingleton<ITelemetryEvents, TelemetryEvents>();
        services.AddHostedService<TelemetryExporter>();
        return services;
    }
}
