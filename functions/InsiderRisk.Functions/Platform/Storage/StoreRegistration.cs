using InsiderRisk.Functions.Configuration;
using InsiderRisk.Storage.Alerts;
using InsiderRisk.Storage.Cases;
using InsiderRisk.Storage.Queues;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderRisk.Functions.Platform.Storage;

/// <summary>
/// The stores the app runs on, chosen by <c>AzureWebJobsStorage</c>: nothing → one SQLite file in the
/// data directory; Azurite or an Azure account → the Azure REST clients.
/// </summary>
public static class StoreRegistration
{
    public static IServiceCollection AddInsiderRiskStores(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StoreConnector>();
        services.TryAddSingleton(provider => provider.GetRequiredService<StoreConnector>().Tables);
        services.TryAddSingleton(provider => provider.GetRequiredService<StoreConnector>().Queues);
        services.TryAddSingleton<ICaseEventStore>(provider =>
            new TableCaseEventStore(provider.GetRequiredService<ITableStore>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new AlertStore(provider.GetRequiredService<ITableStore>()));
        services.TryAddSingleton<StoreInitializer>();
        services.AddHostedService(provider => provider.GetRequiredService<StoreInitializer>());
        return services;
    }

    /// <summary>Declares a table the app uses; it is created at startup.</summary>
    public static IServiceCollection AddRequiredTable(this IServiceCollection services, string name)
    {
        services.AddSingleton(new RequiredTable(name));
        return services;
    }

    /// <summary>Declares a queue the app uses; it (and its poison queue) are created at startup.</summary>
    public static IServiceCollection AddRequiredQueue(this IServiceCollection services, string name)
    {
        services.AddSingleton(new RequiredQueue(name));
        return services;
    }

    internal static StoreKind KindOf(StorageOptions options) => options.Kind ?? StoreKind.EmbeddedSqlite;
}
