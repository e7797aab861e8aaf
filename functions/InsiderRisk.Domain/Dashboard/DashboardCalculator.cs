namespace InsiderRisk.Domain.Dashboard;

/// <summary>Computes the dashboard from every case summary at once (a full scan).</summary>
public static class DashboardCalculator
{
    public static DashboardView Compute(
        IEnumerable<CaseSummary> cases,
        SeverityCounts alertsNeedingReview,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(alertsNeedingReview);
        var since = DashboardRules.RecentSince(now);
        int active = 0, recentActive = 0, recentClosed = 0;
        Int128 activeOpenedTicks = 0;
        foreach (var summary in cases)
        {
            if (summary.IsActive)
            {
                active++;
                activeOpenedTicks += summary.OpenedAt.UtcTicks;
            }

            if (summary.OpenedAt >= since && summary.IsActive)
            {
                recentActive++;
            }
            else if (summary.OpenedAt >= since)
            {
                recentClosed++;
            }
        }

        return new DashboardView(
            active,
            new CaseCounts(recentActive, recentClosed),
            DashboardRules.AverageAgeHours(active, activeOpenedTicks, now),
            alertsNeedingReview);
    }
}
