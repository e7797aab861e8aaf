namespace InsiderRisk.Functions.Admin;

/// <summary><c>/api/notice-templates</c> and <c>/api/settings</c>.</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var templates = endpoints.MapGroup("/api/notice-templates").WithTags("Administration");
        templates.MapGet(string.Empty, NoticeTemplateEndpoints.ListAsync)
            .WithName("ListNoticeTemplates")
            .WithSummary("The notice templates, by name, paged.");
        templates.MapGet("/{name}", NoticeTemplateEndpoints.GetAsync)
            .WithName("GetNoticeTemplate")
            .WithSummary("One notice template (Admins, and the roles that view cases).");
        templates.MapPut("/{name}", NoticeTemplateEndpoints.PutAsync)
            .WithName("PutNoticeTemplate")
            .WithSummary("Creates or replaces a notice template (Admin).");

        var settings = endpoints.MapGroup("/api/settings").WithTags("Administration");
        settings.MapGet(string.Empty, SettingsEndpoints.GetAsync)
            .WithName("GetSettings")
            .WithSummary("The admin settings: pseudonymization, boosters, priority and high-impact users, SLA hours, integrations, policies.");
        settings.MapPut(string.Empty, SettingsEndpoints.PutAsync)
            .WithName("PutSettings")
            .WithSummary("Replaces the admin settings document (Admin); fields left out take their defaults.");
        return endpoints;
    }
}
