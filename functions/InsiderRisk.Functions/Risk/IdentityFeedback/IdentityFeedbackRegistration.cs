using InsiderRisk.Functions.Platform.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderRisk.Functions.Risk.IdentityFeedback;

public static class IdentityFeedbackRegistration
{
    /// <summary>The opt-in closed loop to Entra ID Protection: its ledger, the requests the risk feedback makes, and the sender.</summary>
    public static IServiceCollection AddIdentityFeedback(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddRequiredTable(IdentityFeedbackLedger.Table);
        services.TryAddSingleton<IdentityFeedbackLedger>();
        services.TryAddSingleton<IdentityFeedbackRequests>();
        services.TryAddSingleton<IdentityFeedbackSender>();
        return services;
    }
}
