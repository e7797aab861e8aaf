using System.Globalization;
using System.Runtime.CompilerServices;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Alerts.Http;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Platform.Access;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Storage.Alerts;

namespace InsiderRisk.Functions.Alerts.CaseViews;

/// <summary>
/// <c>GET /api/cases/{caseId}/content</c>: the files and messages of the case's alerts. Investigators
/// only (<see cref="Capability.ViewContent"/>); every successful read is audited as a sensitive read.
/// </summary>
public static class CaseContentEndpoint
{
    public const string Action = "case.content.view";

    public static Task<IResult> ListAsync(
        string caseId,
        [AsParameters] ContentQuery query,
        HttpContext http,
        IAccessGuard guard,
        ICaseCommands cases,
        AlertStore alerts,
        IAuditLog audit,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return CaseListGate.ListAsync(http, guard, cases, caseId, Capability.ViewContent, Action, query.Parse, async (state, filter) =>
        {
            var found = new List<(string Key, ContentItemView Item)>();
            await foreach (var candidate in MatchingAsync(state.Alerts, filter, alerts, cancellationToken))
            {
                found.Add(candidate);
                if (found.Count > filter.PageSize)
                {
                    break;
                }
            }

            var items = found.Take(filter.PageSize).Select(candidate => candidate.Item).ToList();
            var next = found.Count > filter.PageSize ? found[filter.PageSize - 1].Key : null;
            await audit.WriteAsync(new AuditEntry(time.GetUtcNow(), http.GetPrincipal().UserId, Action, caseId, AuditOutcome.Succeeded,
                string.Create(CultureInfo.InvariantCulture, $"{items.Count} content items")), cancellationToken);
            return TypedResults.Ok(new Page<ContentItemView>(items, PageTokens.Encode(next)));
        }, cancellationToken);
    }

    /// <summary>The matching items after the token, in alert order (newest first) then item order; alerts wholly before the token are not read.</summary>
    private static async IAsyncEnumerable<(string Key, ContentItemView Item)> MatchingAsync(
        IEnumerable<CaseAlert> caseAlerts, ContentFilter filter, AlertStore alerts, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var alert in caseAlerts.OrderBy(a => AlertQueueKeys.RowKey(a.DetectedAt, a.AlertId), StringComparer.Ordinal))
        {
            var alertKey = AlertQueueKeys.RowKey(alert.DetectedAt, alert.AlertId);
            if (filter.After is { } after && string.CompareOrdinal(alertKey + "|9999", after) <= 0)
            {
                continue;
            }

            var stored = await alerts.GetAsync(alert.AlertId, cancellationToken);
            var contentItems = stored is null ? [] : AlertDocument.FromJson(stored.Data).ContentItems;
            for (var i = 0; i < contentItems.Count; i++)
            {
                var key = string.Create(CultureInfo.InvariantCulture, $"{alertKey}|{i:D4}");
                var item = contentItems[i];
                if ((filter.After is null || string.CompareOrdinal(key, filter.After) > 0) && filter.Matches(item))
                {
                    yield return (key, new ContentItemView(alert.AlertId.Value, item.Id, item.Kind, item.Name, item.Source, item.Location, item.Sensitivity));
                }
            }
        }
    }
}
