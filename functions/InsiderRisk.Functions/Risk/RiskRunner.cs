using InsiderRisk.Domain;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// Runs one slice of a recompute run: claim its lease, walk its segments from the checkpoint (count
/// pass, then score pass), checkpoint after every page, and stop when the budget is spent. A slice cut
/// off without warning (timeout, crash) loses at most the page since its last checkpoint, and redoing
/// that page is harmless: users it already rescored are up to date and are not rescored again.
/// </summary>
public sealed class RiskRunner(
    ITableStore tables,
    RiskRunStore runs,
    UserRiskStore risks,
    UserRiskScorer scorer,
    RiskScoringContextSource contexts,
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

        var walk = new Walk(run, budget, started, await contexts.GetAsync(cancellationToken));
        return await WalkAsync(walk, cancellationToken);
    }

    private async Task<RiskRunSlice> WalkAsync(Walk walk, CancellationToken cancellationToken)
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
                foreach (var row in page.Items)
                {
                    if (walk.Spent(clock.GetUtcNow()))
                    {
                        return await PauseAsync(walk, cancellationToken);
                    }

                    await VisitAsync(walk, segment, row, cancellationToken);
                    walk.Run = walk.Run with { AfterPartitionKey = row.PartitionKey, AfterRowKey = row.RowKey };
                    walk.Steps++;
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
            if (!await CheckpointAsync(walk, cancellationToken))
            {
                return new RiskRunSlice(RiskRunSliceOutcome.Busy, walk.Run);
            }
        }
    }

    private async Task VisitAsync(Walk walk, RiskRunSegment segment, TableEntity row, CancellationToken cancellationToken)
    {
        if (walk.Run.Pass == RiskRunPass.Count)
        {
            walk.Run = walk.Run with { UsersTotal = walk.Run.UsersTotal + 1 };
            return;
        }

        var reason = segment.Kind switch
        {
            RiskRunSegmentKind.Dirty => await scorer.ScoreAsync(new UserPseudonym(row.RowKey), walk.Context, RiskDirtyIndex.FromRow(row), cancellationToken),
            RiskRunSegmentKind.Expired => await VisitExpiredAsync(walk, row, cancellationToken),
            _ => await scorer.ScoreAsync(new UserPseudonym(row.RowKey), walk.Context, null, cancellationToken),
        };
        walk.Run = walk.Run with
        {
            UsersScored = walk.Run.UsersScored + 1,
            UsersRescored = walk.Run.UsersRescored + (reason == RescoreReason.UpToDate ? 0 : 1),
        };
    }

    // An entry whose user has since been rescored to another day is stale: drop it, the new one stands.
    private async Task<RescoreReason> VisitExpiredAsync(Walk walk, TableEntity row, CancellationToken cancellationToken)
    {
        var user = new UserPseudonym(row.RowKey);
        var current = await risks.GetAsync(user, cancellationToken);
        if (current is null || RiskExpiryDays.Of(current.Assessment.ValidUntil) != row.PartitionKey)
        {
            await risks.DeleteExpiryAsync(row.PartitionKey, user, cancellationToken);
            return RescoreReason.UpToDate;
        }

        return await scorer.ScoreAsync(user, walk.Context, null, cancellationToken);
    }

    private async Task<bool> CheckpointAsync(Walk walk, CancellationToken cancellationToken)
    {
        var saved = await runs.TrySaveAsync(walk.Run with { LeaseUntil = clock.GetUtcNow() + walk.Budget.Lease }, cancellationToken);
        if (saved is null)
        {
            return false;
        }

        walk.Run = saved;
        return true;
    }

    private async Task<RiskRunSlice> PauseAsync(Walk walk, CancellationToken cancellationToken)
    {
        var saved = await runs.TrySaveAsync(walk.Run with { LeaseUntil = null }, cancellationToken);
        return new RiskRunSlice(saved is null ? RiskRunSliceOutcome.Busy : RiskRunSliceOutcome.Paused, saved ?? walk.Run);
    }

    private async Task<RiskRunSlice> CompleteAsync(Walk walk, CancellationToken cancellationToken)
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

        if (saved.Full)
        {
            await runs.SetLastFullStampAsync(saved.SettingsStamp, cancellationToken);
        }

        return new RiskRunSlice(RiskRunSliceOutcome.Completed, saved);
    }

    private sealed class Walk(RiskRun run, RiskRunBudget budget, DateTimeOffset started, RiskScoringContext context)
    {
        public RiskRun Run { get; set; } = run;

        public RiskRunBudget Budget { get; } = budget;

        public RiskScoringContext Context { get; } = context;

        public int Steps { get; set; }

        public bool Spent(DateTimeOffset now) =>
            (Budget.MaxSteps is { } max && Steps >= max) || (Budget.Time is { } time && now - started >= time);
    }
}
