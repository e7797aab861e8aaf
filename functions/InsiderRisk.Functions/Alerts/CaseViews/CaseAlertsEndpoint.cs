using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Alerts.Http;
using InsiderRisk.Functions.Alerts.Reads;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Platform.Access;

namespace InsiderRisk.Functions.Alerts.CaseViews;

/// <summary>
/// <c>GET /api/cases/{caseId}/alerts</c>: the case's attached alerts (from its state), newest first,
/// filtered like the triage queue; titles and scores come from the triage index.
/// </summary>
public static class CaseAlertsEndpoint
{
    public static Task<IResult> ListAsync(
        string caseId, [AsParameters] AlertListQuery query, HttpContext http, IAccessGuard guard, ICaseCommands cases, AlertQueueIndex index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return CaseListGate.ListAsync(
            http, guard, cases, caseId, Capability.ViewCases, "case.alerts.list", query.Parse,
            (state, parsed) => PageAsync(state, parsed.Filter, parsed.PageSize, index, cancellationToken), cancellationToken);
    }

    private static async Task<IResult> PageAsync(CaseState state, AlertQueueFilter filter, int pageSize, AlertQueueIndex index, CancellationToken cancellationToken)
    {
        var candidates = state.Alerts
            .Where(alert => Matches(alert, filter))
            .Select(alert => (Alert: alert, Key: AlertQueueKeys.RowKey(alert.DetectedAt, alert.AlertId)))
            .Where(candidate => filter.After is null || string.CompareOrdinal(candidate.Key, filter.After) > 0)
            .OrderBy(candidate => candidate.Key, StringComparer.Ordinal)
            .ToList();
        var items = new List<CaseAlertItem>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var (alert, key) = candidates[i];
            var entry = await index.GetAsync(alert.DetectedAt, alert.AlertId, cancellationToken);
            var title = entry?.Title ?? string.Empty;
            if (!filter.Matches(title, alert.Policy))
            {
                continue;
            }

            items.Add(new CaseAlertItem(alert.AlertId.Value, alert.Policy, alert.Severity, alert.Status, alert.DetectedAt, alert.AttachedAt, title, entry?.RiskScore ?? 0));
            if (items.Count == pageSize && i < candidates.Count - 1)
            {
                return TypedResults.Ok(new Page<CaseAlertItem>(items, PageTokens.Encode(key)));
            }
        }

        return TypedResults.Ok(new Page<CaseAlertItem>(items, null));
    }

    private static bool Matches(CaseAlert alert, AlertQueueFilter filter) =>
        (filter.Status is not { } status || alert.Status == status)
        && (filter.Severity is not { } severity || alert.Severity == severity)
        && (filter.Policy is not { } policy || string.Equals(alert.Policy.Trim(), policy, StringComparison.OrdinalIgnoreCase))
        && (filter.From is not { } from || alert.DetectedAt >= from)
        && (filter.To is not { } to || alert.DetectedAt < to);
}
