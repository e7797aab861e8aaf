using InsiderRisk.Functions.Alerts.Admin;
using InsiderRisk.Functions.Alerts.Ingestion;
using InsiderRisk.Functions.Alerts.Projection;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Functions.Alerts.Triage;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Dashboard;
using InsiderRisk.Functions.Invocations;
using InsiderRisk.Functions.Platform.Storage;
using InsiderRisk.Storage.Alerts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderRisk.Functions.Alerts;

/// <summary>
/// The alert area's services. Storage-only pieces are singletons; those that use the platform's
/// directory, settings or case commands are scoped, whatever lifetimes those have.
/// </summary>
public static class AlertsServices
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddRequiredTable(AlertQueueIndex.Table);
        services.AddRequiredTable(ActivityIndex.Table);
        services.AddRequiredTable(InvalidMessageLog.Table);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new AlertStoreTables());
        services.TryAddSingleton<AlertRowStore>();
        services.TryAddSingleton<AlertQueueIndex>();
        services.TryAddSingleton<ActivityIndex>();
        services.TryAddSingleton<OpenCaseIndex>();
        services.TryAddSingleton<AlertStatusWriter>();
        services.TryAddSingleton<IAlertBacklog, AlertBacklog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICaseProjection, AlertCaseProjection>());

        services.TryAddScoped<InvalidMessageLog>();
        services.TryAddScoped<CaseIdMinter>();
        services.TryAddScoped<AlertTriage>();
        services.TryAddScoped<AutoAttach>();
        services.TryAddScoped<AlertIngestion>();
        services.TryAddScoped<AlertMessageIngest>();
        services.AddFunctionHandler<IngestAlertsHandler>();
        return services;
    }
}
