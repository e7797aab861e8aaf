using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Invocations;
using InsiderRisk.Functions.Platform.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderRisk.Functions.Risk;

public static class RiskRegistration
{
    /// <summary>Risk storage, the processor, its functions, and the case projection that feeds it.</summary>
    public static IServiceCollection AddRisk(this IServiceCollection services)
    {
        foreach (var table in RiskTables.AllTables)
        {
            services.AddRequiredTable(table);
        }

        services.AddRequiredQueue(RiskTables.FeedbackQueue);
        services.AddRequiredQueue(RiskTables.RunsQueue);

        services.AddSingleton<RiskDirtyIndex>();
        services.AddSingleton<UserRiskProfileStore>();
        services.AddSingleton<UserRiskStore>();
        services.AddSingleton<SignInIndex>();
        services.AddSingleton<CaseOutcomeStore>();
        services.AddSingleton<RiskRunStore>();
        services.AddSingleton<RiskQueues>();
        services.AddSingleton<RiskAlertFacts>();
        services.AddSingleton<RiskScoringContextSource>();
        services.AddSingleton<UserRiskScorer>();
        services.AddSingleton<RiskRunVisitor>();
        services.AddSingleton<RiskRunner>();
        services.AddSingleton<RiskRunScheduler>();
        services.AddSingleton<RiskFeedbackRecorder>();
        services.AddSingleton<IRiskProcessor, RiskProcessor>();
        services.AddSingleton<IRiskInputs, RiskInputs>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICaseProjection, RiskCaseProjection>());

        services.AddFunctionHandler<ApplyRiskFeedbackHandler>();
        services.AddFunctionHandler<ContinueRiskRunHandler>();
        services.AddFunctionHandler<RecomputeRiskScoresHandler>();
        return services;
    }
}
