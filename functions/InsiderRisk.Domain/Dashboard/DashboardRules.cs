namespace InsiderRisk.Domain.Dashboard;

/// <summary>The definitions behind the dashboard's numbers, shared by the full and the incremental computation.</summary>
public static class DashboardRules
{
    /// <summary>"Created in the past 30 days" means opened at or after now − 30 days.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(30);

    public static DateTimeOffset RecentSince(DateTimeOffset now) => now - RecentWindow;

    /// <summary>
    /// Mean age of active cases in hours, rounded to 0.1; 0 when there are none. The mean age is now minus
    /// the mean open time, which is what lets a read model keep only a sum. A clock-skewed open time
    /// after <paramref name="now"/> can make that negative; an age is never shown below 0.
    /// </summary>
    public static double AverageAgeHours(int activeCount, Int128 openedTicksSum, DateTimeOffset now)
    {
        if (activeCount <= 0)
        {
            return 0;
        }

        var meanOpenedTicks = (long)(openedTicksSum / activeCount);
        var hours = (double)(now.UtcTicks - meanOpenedTicks) / TimeSpan.TicksPerHour;
        return Math.Max(0, Math.Round(hours, 1, MidpointRounding.AwayFromZero));
    }
}
