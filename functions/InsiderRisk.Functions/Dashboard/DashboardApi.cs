using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Dashboard;
using InsiderRisk.Functions.Platform.Access;

namespace InsiderRisk.Functions.Dashboard;

/// <summary><c>GET /api/dashboard</c>: case counts from the case queue index, alert backlog from the Alerts area. Needs a role that views cases.</summary>
public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/dashboard").WithTags("Dashboard")
            .MapGet(string.Empty, GetAsync)
            .WithName("GetDashboard")
            .WithSummary("Active cases, cases opened in the last 30 days by status, average active case age, alerts needing review.")
            .Produces<DashboardViewModel>();
        return endpoints;
    }

    public static async Task<IResult> GetAsync(
        HttpContext http, IAccessGuard guard, DashboardCases cases, IAlertBacklog backlog, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(backlog);
        ArgumentNullException.ThrowIfNull(time);
        if (await guard.DenyUnlessAllowedAsync(http, Capability.ViewCases, "dashboard.view", "dashboard", null, cancellationToken) is { } denied)
        {
            return denied;
        }

        var now = time.GetUtcNow();
        var summaries = new List<CaseSummary>();
        await foreach (var summary in cases.SummariesAsync(now, cancellationToken))
        {
            summaries.Add(summary);
        }

        var view = DashboardCalculator.Compute(summaries, await backlog.NeedsReviewAsync(cancellationToken), now);
        return TypedResults.Ok(new DashboardViewModel(
            view.ActiveCases,
            new CaseCountsView(view.CasesLast30Days.Active, view.CasesLast30Days.Closed),
            view.AverageActiveCaseAgeHours,
            new SeverityCountsView(view.AlertsNeedingReview.High, view.AlertsNeedingReview.Medium, view.AlertsNeedingReview.Low)));
    }
}
