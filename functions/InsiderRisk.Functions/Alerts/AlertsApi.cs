using InsiderRisk.Functions.Alerts.Admin;
using InsiderRisk.Functions.Alerts.CaseViews;
using InsiderRisk.Functions.Alerts.Ingestion;
using InsiderRisk.Functions.Alerts.Reads;
using InsiderRisk.Functions.Alerts.Triage;

namespace InsiderRisk.Functions.Alerts;

/// <summary>
/// The alert routes: <c>/api/alerts</c> (ingest, list, view, triage), the alert views of a case
/// (<c>/api/cases/{caseId}/alerts|activities|content</c>) and <c>/api/admin/invalid-messages</c>.
/// </summary>
public static class AlertsApi
{
    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/alerts").WithTags("Alerts")
            .MapAlertIngest()
            .MapAlertReads()
            .MapAlertTriage();

        var caseViews = endpoints.MapGroup("/api/cases/{caseId}").WithTags("Cases");
        caseViews.MapGet("/alerts", CaseAlertsEndpoint.ListAsync).WithName("ListCaseAlerts")
            .WithSummary("The case's alerts, filtered by status, severity, detected between, policy and text.");
        caseViews.MapGet("/activities", CaseActivitiesEndpoint.ListAsync).WithName("ListCaseActivities")
            .WithSummary("The case user's activity timeline, oldest first, filtered by time window and minimum risk score.");
        caseViews.MapGet("/content", CaseContentEndpoint.ListAsync).WithName("ListCaseContent")
            .WithSummary("Files and messages of the case's alerts; Investigators only, audited.");

        endpoints.MapInvalidMessages();
        return endpoints;
    }
}
