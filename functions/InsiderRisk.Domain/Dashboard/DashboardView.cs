namespace InsiderRisk.Domain.Dashboard;

/// <summary>The numbers of <c>GET /api/dashboard</c>.</summary>
public sealed record DashboardView(
    int ActiveCases,
    CaseCounts CasesLast30Days,
    double AverageActiveCaseAgeHours,
    SeverityCounts AlertsNeedingReview);
