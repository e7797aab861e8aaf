using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Alerts.Http;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Platform.Access;

namespace InsiderRisk.Functions.Alerts.CaseViews;

/// <summary><c>GET /api/cases/{caseId}/activities</c>: the case user's whole timeline (every alert of theirs), oldest first.</summary>
public static class CaseActivitiesEndpoint
{
    public static Task<IResult> ListAsync(
        string caseId, [AsParameters] ActivityQuery query, HttpContext http, IAccessGuard guard, ICaseCommands cases, ActivityIndex activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return CaseListGate.ListAsync(http, guard, cases, caseId, Capability.ViewCases, "case.activities.list", query.Parse, async (state, parsed) =>
        {
            var page = await activities.PageAsync(state.User, parsed.Filter, parsed.PageSize, cancellationToken);
            var items = page.Items.Select(a => new ActivityItem(a.AlertId.Value, a.Policy, a.Type, a.Time, a.RiskScore, a.Detail)).ToList();
            return TypedResults.Ok(new Page<ActivityItem>(items, PageTokens.Encode(page.After)));
        }, cancellationToken);
    }
}
