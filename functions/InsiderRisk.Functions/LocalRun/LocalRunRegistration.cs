using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.LocalRun;

public static class LocalRunRegistration
{
    /// <summary>The local run's trigger loop and start-up banner; both stay idle under the Functions host.</summary>
    public static IServiceCollection AddLocalRun(this IServiceCollection services)
    {
        services.AddOptions<LocalRunOptions>().BindConfiguration(LocalRunOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LocalRunOptions>, LocalRunOptionsValidator>();
        services.AddSingleton<LocalFunctionInvoker>();
        services.AddSingleton<LocalQueuePoller>();
        services.AddSingleton<LocalTimerRunner>();
        services.AddSingleton<LocalTriggerLoop>();
        services.AddHostedService(provider => provider.GetRequiredService<LocalTriggerLoop>());
        services.AddHostedService<LocalRunBanner>();
        return services;
    }
}
