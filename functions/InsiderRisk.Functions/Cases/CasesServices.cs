using InsiderRisk.Functions.Cases.Api;
using InsiderRisk.Functions.Cases.Index;

namespace InsiderRisk.Functions.Cases;

public static class CasesServices
{
    /// <summary>The case command path, its read models and the case routes' helpers.</summary>
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddSingleton<CaseReadModels>();
        services.AddSingleton<CaseEffectQueue>();
        services.AddSingleton<ICaseCommands, CaseCommandService>();
        services.AddSingleton<ICaseReadModelRefresher, CaseReadModelRefresher>();
        services.AddSingleton<ICaseProjection, CaseIndexProjection>();
        services.AddSingleton<CaseIndexReader>();
        services.AddSingleton<NoticeTemplateSource>();
        services.AddSingleton<CaseGate>();
        services.AddSingleton<CaseCommandRunner>();
        services.AddSingleton<CaseRequestHistory>();
        services.AddSingleton<CaseActionFlow>();
        services.AddSingleton<CaseViews>();
        return services;
    }
}
