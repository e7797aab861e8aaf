namespace InsiderRisk.Functions.Dashboard;

/// <summary><c>GET /api/dashboard</c> exactly as API.md names it.</summary>
public sealed record DashboardViewModel(
    int ActiveCases,
    CaseCountsView CasesLast30Days,
    double AverageActiveCaseAgeHours,
    SeverityCountsView AlertsNeedingReview);
