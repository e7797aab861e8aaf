using InsiderRisk.Functions.Invocations;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderRisk.Functions.Sweeper;

public static class SweeperRegistration
{
    /// <summary>The <c>SweepOutbox</c> timer function: stuck effects, due case timers, unfinished read models.</summary>
    public static IServiceCollection AddSweeper(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<OutboxSweeper>();
        services.AddFunctionHandler<SweepOutboxHandler>();
        return services;
    }
}
