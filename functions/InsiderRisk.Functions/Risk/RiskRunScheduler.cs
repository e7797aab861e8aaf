using System.Globalization;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// Starts runs and keeps them going. One run at a time: while the current run is unfinished, a start
/// (timer or POST) returns it instead of starting another, so retries never duplicate work. The
/// timer's run of a day has a fixed id (<c>daily-yyyyMMdd</c>), so a second firing resumes it.
/// </summary>
public sealed class RiskRunScheduler(
    RiskRunStore runs,
    RiskRunner runner,
    RiskQueues queues,
    RiskScoringContextSource contexts,
    TimeProvider clock)
{
    public async Task<RiskRun> StartAsync(RiskRunTrigger trigger, CancellationToken cancellationToken = default)
    {
        if (await runs.GetCurrentRunIdAsync(cancellationToken) is { } currentId
            && await runs.GetAsync(currentId, cancellationToken) is { State: not RiskRunState.Completed } current)
        {
            return current;
        }

        var now = clock.GetUtcNow();
        var runId = trigger == RiskRunTrigger.Timer
            ? "daily-" + now.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            : $"run-{now.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..8]}";
        if (await runs.GetAsync(runId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var context = await contexts.GetAsync(cancellationToken);
        var lastFull = await runs.GetLastFullStampAsync(cancellationToken);
        var run = new RiskRun
        {
            RunId = runId,
            State = RiskRunState.Queued,
            Trigger = trigger,
            CreatedAt = now,
            Full = lastFull != context.Stamp,
            SettingsStamp = context.Stamp,
        };
        var created = await runs.TryCreateAsync(run, cancellationToken) ?? await runs.GetAsync(runId, cancellationToken) ?? run;
        await runs.SetCurrentRunIdAsync(runId, cancellationToken);
        return created;
    }

    /// <summary>
    /// One slice with <paramref name="budget"/>; then a <c>risk-runs</c> message if work is left: at once
    /// when paused, after the other worker's lease when busy (in case that worker dies).
    /// </summary>
    public async Task<RiskRunSlice> ContinueAsync(string runId, RiskRunBudget budget, CancellationToken cancellationToken = default)
    {
        var slice = await runner.RunAsync(runId, budget, cancellationToken);
        if (slice.Outcome == RiskRunSliceOutcome.Paused)
        {
            await queues.SendRunAsync(runId, cancellationToken: cancellationToken);
        }
        else if (slice is { Outcome: RiskRunSliceOutcome.Busy, Run.LeaseUntil: { } leaseUntil })
        {
            var delay = leaseUntil - clock.GetUtcNow() + TimeSpan.FromSeconds(30);
            await queues.SendRunAsync(runId, delay < TimeSpan.Zero ? TimeSpan.Zero : delay, cancellationToken);
        }

        return slice;
    }
}
