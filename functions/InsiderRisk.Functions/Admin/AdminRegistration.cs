using InsiderRisk.Functions.Platform.Storage;
using InsiderRisk.Integrations.Notices;

namespace InsiderRisk.Functions.Admin;

public static class AdminRegistration
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddRequiredTable(NoticeTemplateStore.Table);
        services.AddSingleton<NoticeTemplateStore>();
        services.AddSingleton(new NoticeTemplateValidator(new NoticeRenderer()));
        services.AddSingleton<NoticeTemplateSyntax>();
        return services;
    }
}
