using InsiderRisk.Functions.Cases.Api;
using InsiderRisk.Functions.Cases.Index;
using InsiderRisk.Functions.Platform.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderRisk.Functions.Cases;

public static class CasesServices
{
    /// <summary>The case command path, its read models and the case routes' helpers.</summary>
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddRequiredTable(CaseIndexKeys.Table);
        services.AddRequiredTable(NoticeTemplateSource.Table);
        services.AddRequiredTable(Risk.RiskTables.UserRisk);
        services.AddRequiredQueue(CaseEffectQueue.QueueName);
        services.AddSingleton<CaseReadModels>();
        services.AddSingleton<CaseEffectQueue>();
        services.TryAddSingleton<CaseEvents.CaseEventPublishQueue>();
        services.AddSingleton<CaseWriteGate>();
        services.AddSingleton<ICaseCommands, CaseCommandService>();
        services.AddSingleton<ICaseReadModelRefresher, CaseReadModelRefresher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICaseProjection, CaseIndexProjection>());
        services.AddSingleton<CaseIndexReader>();
        services.AddSingleton<NoticeTemplateSource>();
        services.AddSingleton<CaseGate>();
        services.AddSingleton<CaseCommandRunner>();
        services.AddSingleton<CaseRequestHistory>();
        services.AddSingleton<CaseActionFlow>();
        services.AddSingleton<CaseUserRisk>();
        services.AddSingleton<CaseViews>();
        return services;
    }
}
