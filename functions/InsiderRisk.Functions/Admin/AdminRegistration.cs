using InsiderRisk.Functions.Platform.Storage;

namespace InsiderRisk.Functions.Admin;

public static class AdminRegistration
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddRequiredTable(NoticeTemplateStore.Table);
        services.AddSingleton<NoticeTemplateStore>();
        return services;
    }
}
