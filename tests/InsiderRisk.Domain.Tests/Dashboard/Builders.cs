using InsiderRisk.Domain.Dashboard;

namespace InsiderRisk.Domain.Tests.Dashboard;

internal static class Builders
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly SeverityCounts SomeAlerts = new(High: 3, Medium: 5, Low: 7);

    public static CaseSummary ActiveOpened(TimeSpan ago) => CaseSummary.Active(Now - ago);

    public static CaseSummary ClosedOpened(TimeSpan ago, TimeSpan closedAgo) => CaseSummary.Closed(Now - ago, Now - closedAgo);

    /// <summary>
    /// Four active cases (10 h, 20 h, 40 days and exactly 30 days old) and two closed ones (opened 5 and
    /// 45 days ago): 4 active, last 30 days 3 active + 1 closed, mean age (10 + 20 + 960 + 720) / 4 = 427.5 h.
    /// </summary>
    public static IReadOnlyList<CaseSummary> Mixed() =>
    [
        ActiveOpened(TimeSpan.FromHours(10)),
        ActiveOpened(TimeSpan.FromHours(20)),
        ActiveOpened(TimeSpan.FromDays(40)),
        ClosedOpened(TimeSpan.FromDays(5), TimeSpan.FromDays(1)),
        ClosedOpened(TimeSpan.FromDays(45), TimeSpan.FromDays(35)),
        ActiveOpened(TimeSpan.FromDays(30)),
    ];

    public static DashboardView MixedView() => new(4, new CaseCounts(3, 1), 427.5, SomeAlerts);

    public static DashboardTally TallyOf(IEnumerable<CaseSummary> cases)
    {
        var tally = new DashboardTally();
        foreach (var summary in cases)
        {
            tally.Add(summary);
        }

        return tally;
    }
}
