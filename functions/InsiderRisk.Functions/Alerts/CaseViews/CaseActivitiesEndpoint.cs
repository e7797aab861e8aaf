using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Alerts.Http;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Platform.Access;

namespace InsiderRisk.Functions.Alerts.CaseViews;

/// <summary><c>GET /api/cases/{caseId}/activities</c>: the case user's whole timeline (every alert of theirs), oldest first.</summary>
public static class CaseActivitiesEndpoint
{
    public static async Task<IResult> ListAsync(
        string caseId, [AsParameters] ActivityQuery query, HttpContext http, IAccessGuard guard, ICaseCommands cases, ActivityIndex activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (state, problem) = await CaseAccessCheck.LoadAsync(http, guard, cases, caseId, Capability.ViewCases, "case.activities.list", cancellationToken);
        if (state is null)
        {
            return problem!;
        }

        var errors = new FieldErrors();
        var (filter, pageSize) = query.Parse(errors);
        if (errors.HasErrors)
        {
            return ApiProblems.Invalid(errors);
        }

        var page = await activities.PageAsync(state.User, filter, pageSize, cancellationToken);
        var items = page.Items.Select(a => new ActivityItem(a.AlertId.Value, a.Policy, a.Type, a.Time, a.RiskScore, a.Detail)).ToList();
        return TypedResults.Ok(new Page<ActivityItem>(items, PageTokens.Encode(page.After)));
    }
}
