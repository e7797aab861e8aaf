using InsiderRisk.Functions.Invocations;
using InsiderRisk.Functions.Platform.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderRisk.Functions.Effects;

public static class CaseEffectsRegistration
{
    /// <summary>The case effect runner (<c>RunCaseEffect</c>), the integrations' handlers and the <c>…/sent</c> route's store.</summary>
    public static IServiceCollection AddCaseEffects(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddEffectIntegrations();
        services.AddRequiredTable(EffectDeliveryLog.Table);
        services.AddRequiredQueue(CaseEffectScheduler.QueueName);
        services.TryAddSingleton(EffectRetryPolicy.Default);
        services.TryAddSingleton<EffectDeliveryLog>();
        services.TryAddSingleton<CaseEffectScheduler>();
        services.TryAddScoped<EffectHandlers>();
        services.TryAddScoped<EffectContexts>();
        services.TryAddScoped<EffectOutcomes>();
        services.TryAddScoped<CaseEffectRunner>();
        services.AddHostedService<EffectHandlerRequirement>();
        services.AddFunctionHandler<RunCaseEffectHandler>();
        return services;
    }
}
