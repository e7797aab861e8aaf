using System.Text.Json;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Alerts.Http;
using InsiderRisk.Functions.Alerts.Ingestion;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Platform.Access;
using InsiderRisk.Functions.Platform.Audit;

namespace InsiderRisk.Functions.Alerts.Triage;

/// <summary>Confirm and dismiss, one alert or up to 1,000 (all-or-nothing); every attempt is audited.</summary>
public static class TriageEndpoints
{
    public const string ConfirmAction = "alert.confirm";
    public const string DismissAction = "alert.dismiss";

    public static RouteGroupBuilder MapAlertTriage(this RouteGroupBuilder group)
    {
        group.MapPost("/{alertId}/confirm", ConfirmAsync).WithName("ConfirmAlert")
            .WithSummary("Confirms an alert into a new case ({caseName}: 201) or an existing active case of its user ({caseId}: 200).");
        group.MapPost("/{alertId}/dismiss", DismissAsync).WithName("DismissAlert")
            .WithSummary("Dismisses an alert with a reason (ExpectedActivity, NotImpactful, TooMuchActivity, or free text) and optional notes.");
        group.MapPost("/bulk-confirm", BulkConfirmAsync).WithName("BulkConfirmAlerts")
            .WithSummary("Confirms up to 1,000 alerts of one user into one case, all or nothing.");
        group.MapPost("/bulk-dismiss", BulkDismissAsync).WithName("BulkDismissAlerts")
            .WithSummary("Dismisses up to 1,000 alerts, all or nothing.");
        return group;
    }

    public static Task<IResult> ConfirmAsync(string alertId, HttpContext http, IAccessGuard guard, AlertTriage triage, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken) =>
        RunAsync(http, guard, audit, time, ConfirmAction, alertId, bulk: false, cancellationToken, async (body, errors, by) =>
        {
            var target = TriageBodies.Target(body, errors);
            var comment = TriageBodies.Comment(body, errors);
            return errors.HasErrors ? null : await triage.ConfirmAsync(new TriageRequest([new AlertId(alertId)], false, by), target!, comment, cancellationToken);
        });

    public static Task<IResult> DismissAsync(string alertId, HttpContext http, IAccessGuard guard, AlertTriage triage, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken) =>
        RunAsync(http, guard, audit, time, DismissAction, alertId, bulk: false, cancellationToken, async (body, errors, by) =>
        {
            var dismissal = TriageBodies.Dismissal(body, errors);
            return errors.HasErrors ? null : await triage.DismissAsync(new TriageRequest([new AlertId(alertId)], false, by), dismissal!, cancellationToken);
        });

    public static Task<IResult> BulkConfirmAsync(HttpContext http, IAccessGuard guard, AlertTriage triage, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken) =>
        RunAsync(http, guard, audit, time, ConfirmAction, "bulk", bulk: true, cancellationToken, async (body, errors, by) =>
        {
            var alertIds = TriageBodies.AlertIds(body, errors);
            var target = TriageBodies.Target(body, errors);
            var comment = TriageBodies.Comment(body, errors);
            return errors.HasErrors ? null : await triage.ConfirmAsync(new TriageRequest(alertIds!, true, by), target!, comment, cancellationToken);
        });

    public static Task<IResult> BulkDismissAsync(HttpContext http, IAccessGuard guard, AlertTriage triage, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken) =>
        RunAsync(http, guard, audit, time, DismissAction, "bulk", bulk: true, cancellationToken, async (body, errors, by) =>
        {
            var alertIds = TriageBodies.AlertIds(body, errors);
            var dismissal = TriageBodies.Dismissal(body, errors);
            return errors.HasErrors ? null : await triage.DismissAsync(new TriageRequest(alertIds!, true, by), dismissal!, cancellationToken);
        });

    /// <summary>Authorize, read the body, run; the audit entry names the alerts and how it ended.</summary>
    private static async Task<IResult> RunAsync(
        HttpContext http,
        IAccessGuard guard,
        IAuditLog audit,
        TimeProvider time,
        string action,
        string target,
        bool bulk,
        CancellationToken cancellationToken,
        Func<JsonElement, FieldErrors, string, Task<TriageOutcome?>> run)
    {
        if (await guard.DenyUnlessAllowedAsync(http, Capability.TriageAlerts, action, target, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var (body, problem) = await JsonBody.ReadObjectAsync(http.Request, cancellationToken);
        if (body is not { } json)
        {
            return problem!;
        }

        var errors = new FieldErrors();
        var by = http.GetPrincipal().UserId;
        var outcome = await run(json, errors, by);
        var named = bulk && JsonFields.Strings(json, "alertIds", new FieldErrors()) is { } ids
            ? AuditTargets.Alerts(ids.Where(KeyRules.IsValidKey).OfType<string>())
            : KeyRules.IsValidKey(target) ? target : "(invalid alert id)";
        await audit.WriteAsync(new AuditEntry(
            time.GetUtcNow(),
            by,
            action,
            named,
            outcome is TriageOutcome.Confirmed or TriageOutcome.Dismissed ? AuditOutcome.Succeeded : AuditOutcome.Failed,
            outcome is null ? "invalid request" : TriageResults.Describe(outcome)), cancellationToken);
        return outcome is null ? ApiProblems.Invalid(errors) : TriageResults.ToResult(outcome, bulk);
    }
}
