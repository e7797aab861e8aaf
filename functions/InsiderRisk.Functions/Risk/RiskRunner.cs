using InsiderRisk.Functions.Configuration;
using InsiderRisk.Functions.Telemetry;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.Options;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// Runs one slice of a recompute run: claim its lease, walk its segments from the checkpoint (count
/// pass, then score pass), checkpoint after every page, and stop when the budget is spent. A slice cut
/// off without warning (timeout, crash) loses at most the page since its last checkpoint, and redoing
/// that page is harmless: its dirty markers are cleared only after a checkpoint counts them
/// (<see cref="RiskRunWalk.AfterCheckpoint"/>), so the redo finds, rescores and counts those users once.
/// The score pass takes a page's rows in batches whose users are scored at once (<c>Risk__Parallelism</c>);
/// a batch moves the checkpoint only when every user in it is done, so a batch is all or nothing too.
/// </summary>
public sealed class RiskRunner(
    ITableStore tables,
    RiskRunStore runs,
    RiskRunVisitor visitor,
    RiskScoringContextSource contexts,
    ITelemetryEvents telemetry,
    IOptions<RiskOptions> options,
    TimeProvider clock)
{
    public async Task<RiskRunSlice> RunAsync(string runId, RiskRunBudget budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var run = await runs.GetAsync(runId, cancellationToken);
        if (run is null || run.State == RiskRunState.Completed)
        {
            return new RiskRunSlice(run is null ? RiskRunSliceOutcome.NotFound : RiskRunSliceOutcome.Completed, run);
        }

        var started = clock.GetUtcNow();
        if (run.LeaseUntil > started)
        {
            return new RiskRunSlice(RiskRunSliceOutcome.Busy, run);
        }

        run = await runs.TrySaveAsync(
            run with { State = RiskRunState.Running, StartedAt = run.StartedAt ?? started, LeaseUntil = started + budget.Lease, Slices = run.Slices + 1 },
            cancellationToken);
        if (run is null)
        {
            return new RiskRunSlice(RiskRunSliceOutcome.Busy, await runs.GetAsync(runId, cancellationToken));
        }

        var walk = new RiskRunWalk(run, budget, started, await contexts.GetAsync(cancellationToken), options.Value.Parallelism);
        return await WalkAsync(walk, cancellationToken);
    }

    private async Task<RiskRunSlice> WalkAsync(RiskRunWalk walk, CancellationToken cancellationToken)
    {
        var segments = RiskRunSegment.For(walk.Run);
        while (true)
        {
            if (walk.Run.Segment >= segments.Count)
            {
                if (walk.Run.Pass == RiskRunPass.Score)
                {
                    return await CompleteAsync(walk, cancellationToken);
                }

                walk.Run = walk.Run with { Pass = RiskRunPass.Score, Segment = 0, AfterPartitionKey = null, AfterRowKey = null };
                continue;
            }

            var segment = segments[walk.Run.Segment];
            var query = segment.Query(walk.Run.AfterPartitionKey, walk.Run.AfterRowKey, keysOnly: walk.Run.Pass == RiskRunPass.Count);
            while (true)
            {
                var page = await tables.QueryPageAsync(segment.Table, query, cancellationToken);
                for (var next = 0; next < page.Items.Count;)
                {
                    if (walk.Spent(clock.GetUtcNow()))
                    {
                        return await PauseAsync(walk, cancellationToken);
                    }

                    if (walk.CheckpointBehind && !await CheckpointAsync(walk, cancellationToken))
                    {
                        return new RiskRunSlice(RiskRunSliceOutcome.Busy, walk.Run);
                    }

                    var batch = page.Items.Skip(next).Take(walk.BatchSize(page.Items.Count - next)).ToList();
                    await visitor.VisitAsync(walk, segment, batch, cancellationToken);
                    walk.Run = walk.Run with { AfterPartitionKey = batch[^1].PartitionKey, AfterRowKey = batch[^1].RowKey };
                    walk.Steps += batch.Count;
                    next += batch.Count;
                }

                if (page.ContinuationToken is null)
                {
                    break;
                }

                query = query with { ContinuationToken = page.ContinuationToken };
                if (!await CheckpointAsync(walk, cancellationToken))
                {
                    return new RiskRunSlice(RiskRunSliceOutcome.Busy, walk.Run);
                }
            }

            walk.Run = walk.Run with { Segment = walk.Run.Segment + 1, AfterPartitionKey = null, AfterRowKey = null };
            if (walk.CheckpointDue(clock.GetUtcNow()) && !await CheckpointAsync(walk, cancellationToken))
            {
                return new RiskRunSlice(RiskRunSliceOutcome.Busy, walk.Run);
            }
        }
    }

    private async Task<bool> CheckpointAsync(RiskRunWalk walk, CancellationToken cancellationToken)
    {
        var saved = await runs.TrySaveAsync(walk.Run with { LeaseUntil = clock.GetUtcNow() + walk.Budget.Lease }, cancellationToken);
        if (saved is null)
        {
            return false;
        }

        walk.Run = saved;
        await walk.CheckpointedAsync(clock.GetUtcNow(), cancellationToken);
        return true;
    }

    private async Task<RiskRunSlice> PauseAsync(RiskRunWalk walk, CancellationToken cancellationToken)
    {
        var saved = await runs.TrySaveAsync(walk.Run with { LeaseUntil = null }, cancellationToken);
        if (saved is not null)
        {
            await walk.CheckpointedAsync(clock.GetUtcNow(), cancellationToken);
        }

        return new RiskRunSlice(saved is null ? RiskRunSliceOutcome.Busy : RiskRunSliceOutcome.Paused, saved ?? walk.Run);
    }

    private async Task<RiskRunSlice> CompleteAsync(RiskRunWalk walk, CancellationToken cancellationToken)
    {
        var done = walk.Run with
        {
            State = RiskRunState.Completed,
            CompletedAt = clock.GetUtcNow(),
            LeaseUntil = null,
            UsersTotal = walk.Run.UsersScored,
        };
        var saved = await runs.TrySaveAsync(done, cancellationToken);
        if (saved is null)
        {
            return new RiskRunSlice(RiskRunSliceOutcome.Busy, walk.Run);
        }

        await walk.CheckpointedAsync(clock.GetUtcNow(), cancellationToken);
        if (saved.Full)
        {
            await runs.SetLastFullStampAsync(saved.SettingsStamp, cancellationToken);
        }

        telemetry.RiskRunCompleted(saved.RunId, saved.UsersScored, saved.CompletedAt - saved.StartedAt ?? TimeSpan.Zero);
        return new RiskRunSlice(RiskRunSliceOutcome.Completed, saved);
    }
}
