using InsiderRisk.Functions.Platform.Storage;
using InsiderRisk.Integrations.Email;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Sinks;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderRisk.Functions.Effects;

/// <summary>
/// Wires the integrations' effect handlers through their own registration helpers, which choose the
/// real service or the local sink from configuration (<c>Email__*</c>, <c>Graph__*</c>, …).
/// </summary>
public static class EffectIntegrationsRegistration
{
    public static IServiceCollection AddEffectIntegrations(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddRequiredTable(TableSentMessageStore.Table);
        services.TryAddSingleton(provider => new TableSentMessageStore(provider.GetRequiredService<ITableStore>()));
        services.TryAddSingleton<ISentMessageSink>(provider => provider.GetRequiredService<TableSentMessageStore>());
        services.TryAddSingleton<ISentMessageReader>(provider => provider.GetRequiredService<TableSentMessageStore>());
        services.AddRequiredTable(TableSinkRecordStore.Table);
        services.TryAddSingleton<ISinkRecordStore>(provider => new TableSinkRecordStore(provider.GetRequiredService<ITableStore>()));
        services.TryAddSingleton(provider => IntegrationHandlers.Create(
            IntegrationSettings.From(provider.GetRequiredService<IConfiguration>()),
            provider.GetRequiredService<ISinkRecordStore>(),
            provider.GetRequiredService<ILoggerFactory>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new ConfiguredEffectHandlers(Create(provider)));
        return services;
    }

    private static List<IEffectHandler> Create(IServiceProvider provider)
    {
        var configuration = provider.GetRequiredService<IConfiguration>();
        string? Setting(string name) => configuration[name];
        return
        [
            .. EmailEffectHandlers.Create(Setting, provider.GetRequiredService<ISentMessageSink>(), time: provider.GetRequiredService<TimeProvider>()),
            .. provider.GetRequiredService<IntegrationHandlerSet>().Handlers,
        ];
    }
}
