namespace InsiderRisk.Domain.Dashboard;

/// <summary>
/// The dashboard kept up to date one case at a time, so a read model never scans every case: add a case
/// when it opens, <see cref="Replace"/> it when it closes. It holds counts, a sum of open times and one
/// bucket per open time inside the 30-day window; <see cref="Prune"/> drops buckets that fell out of it.
/// </summary>
public sealed class DashboardTally
{
    private readonly SortedDictionary<long, CaseCounts> _recentByOpenedTicks = [];
    private int _active;
    private Int128 _activeOpenedTicks;
    private long _prunedBefore = long.MinValue;

    public void Add(CaseSummary summary) => Apply(summary, +1);

    /// <summary>Takes back a summary added earlier (the same open time and status).</summary>
    public void Remove(CaseSummary summary) => Apply(summary, -1);

    public void Replace(CaseSummary before, CaseSummary after)
    {
        Remove(before);
        Add(after);
    }

    /// <summary>Forgets per-time buckets older than the window at <paramref name="now"/>; later views must use a later now.</summary>
    public void Prune(DateTimeOffset now)
    {
        var cutoff = DashboardRules.RecentSince(now).UtcTicks;
        foreach (var ticks in _recentByOpenedTicks.Keys.TakeWhile(ticks => ticks < cutoff).ToList())
        {
            _recentByOpenedTicks.Remove(ticks);
        }

        _prunedBefore = Math.Max(_prunedBefore, cutoff);
    }

    public DashboardView View(SeverityCounts alertsNeedingReview, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alertsNeedingReview);
        var since = DashboardRules.RecentSince(now).UtcTicks;
        var recent = _recentByOpenedTicks.Where(bucket => bucket.Key >= since).Select(bucket => bucket.Value).ToList();
        return new DashboardView(
            _active,
            new CaseCounts(recent.Sum(c => c.Active), recent.Sum(c => c.Closed)),
            DashboardRules.AverageAgeHours(_active, _activeOpenedTicks, now),
            alertsNeedingReview);
    }

    private void Apply(CaseSummary summary, int delta)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var ticks = summary.OpenedAt.UtcTicks;
        var bucket = ticks >= _prunedBefore ? _recentByOpenedTicks.GetValueOrDefault(ticks, new CaseCounts(0, 0)) : null;
        var updated = bucket is null ? null : summary.IsActive
            ? bucket with { Active = bucket.Active + delta }
            : bucket with { Closed = bucket.Closed + delta };
        if ((summary.IsActive && _active + delta < 0) || updated is { Active: < 0 } or { Closed: < 0 })
        {
            throw new InvalidOperationException("That case summary was never added, so it cannot be removed.");
        }

        if (summary.IsActive)
        {
            _active += delta;
            _activeOpenedTicks += delta * (Int128)ticks;
        }

        if (updated is not null)
        {
            StoreBucket(ticks, updated);
        }
    }

    private void StoreBucket(long ticks, CaseCounts counts)
    {
        if (counts is { Active: 0, Closed: 0 })
        {
            _recentByOpenedTicks.Remove(ticks);
        }
        else
        {
            _recentByOpenedTicks[ticks] = counts;
        }
    }
}
