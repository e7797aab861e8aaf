using InsiderRisk.Domain;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Alerts.Http;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Functions.Platform.Access;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Storage.Alerts;

namespace InsiderRisk.Functions.Alerts.Reads;

/// <summary><c>GET /api/alerts</c> (the triage queue, from the index) and <c>GET /api/alerts/{alertId}</c>.</summary>
public static class AlertReadEndpoints
{
    public static RouteGroupBuilder MapAlertReads(this RouteGroupBuilder group)
    {
        group.MapGet(string.Empty, ListAsync)
            .WithName("ListAlerts")
            .WithSummary("Alerts, newest first, filtered by status, severity, policy, detected between from and to, and text.");
        group.MapGet("/{alertId}", GetAsync)
            .WithName("GetAlert")
            .WithSummary("One alert with its activities; the user pseudonymized; content items are not shown here.");
        return group;
    }

    public static async Task<IResult> ListAsync(
        [AsParameters] AlertListQuery query, HttpContext http, IAccessGuard guard, AlertQueueIndex index, IUserDirectory users, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await guard.DenyUnlessAllowedAsync(http, Capability.ViewCases, "alert.list", "alerts", cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var errors = new FieldErrors();
        var (filter, pageSize) = query.Parse(errors);
        if (errors.HasErrors)
        {
            return ApiProblems.Invalid(errors);
        }

        var page = await index.PageAsync(filter, pageSize, cancellationToken);
        var display = new UserDisplay(users);
        var items = new List<AlertListItem>(page.Items.Count);
        foreach (var entry in page.Items)
        {
            items.Add(new AlertListItem(entry.AlertId.Value, await display.ShowAsync(entry.User, cancellationToken), entry.Policy,
                entry.Severity, entry.RiskScore, entry.Status, entry.DetectedAt, entry.Title, entry.CaseId?.Value));
        }

        return TypedResults.Ok(new Page<AlertListItem>(items, PageTokens.Encode(page.After)));
    }

    public static async Task<IResult> GetAsync(
        string alertId, HttpContext http, IAccessGuard guard, AlertStore alerts, AlertRowStore rows, IUserDirectory users, CancellationToken cancellationToken)
    {
        if (await guard.DenyUnlessAllowedAsync(http, Capability.ViewCases, "alert.view", alertId, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var id = new AlertId(alertId);
        var stored = KeyRules.IsValidKey(alertId) ? await alerts.GetAsync(id, cancellationToken) : null;
        if (stored is null || await rows.GetAsync(id, cancellationToken) is not { } state)
        {
            return ApiProblems.NotFound(KeyRules.IsValidKey(alertId) ? $"Alert '{alertId}' does not exist." : "The alert does not exist.");
        }

        var document = AlertDocument.FromJson(stored.Data);
        return TypedResults.Ok(new AlertView(
            document.AlertId,
            await users.DisplayIdAsync(state.User, cancellationToken),
            document.Policy,
            document.Severity,
            document.RiskScore,
            state.Status,
            document.DetectedAt,
            document.Title,
            document.SignInId,
            state.CaseId?.Value,
            document.Activities,
            document.ContentItems.Count,
            state.DismissReason is { } reason ? new DismissalView(reason, state.DismissNotes) : null,
            state.TriagedBy,
            state.TriagedAt));
    }
}
