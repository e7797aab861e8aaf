using InsiderRisk.Domain;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// A batch of candidate rows of a run: counted in the count pass; in the score pass brought up to date
/// by <see cref="UserRiskScorer"/>, up to <see cref="RiskRunWalk.Parallelism"/> users at once, with the
/// progress counters moved on only once the whole batch is done (a batch that throws counts nothing).
/// </summary>
public sealed class RiskRunVisitor(UserRiskStore risks, UserRiskScorer scorer, RiskDirtyIndex dirty)
{
    public async Task VisitAsync(RiskRunWalk walk, RiskRunSegment segment, IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(walk);
        ArgumentNullException.ThrowIfNull(rows);
        if (walk.Run.Pass == RiskRunPass.Count)
        {
            walk.Run = walk.Run with { UsersTotal = walk.Run.UsersTotal + rows.Count };
            return;
        }

        var visits = new (RescoreReason Reason, DirtyMarker? Clear)[rows.Count];
        // One user's rows (two aging days of one user) stay in one worker, in walk order, as they were walked.
        var byUser = Enumerable.Range(0, rows.Count).GroupBy(index => rows[index].RowKey, StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            byUser,
            new ParallelOptions { MaxDegreeOfParallelism = walk.Parallelism, CancellationToken = cancellationToken },
            async (user, token) =>
            {
                foreach (var index in user)
                {
                    visits[index] = await VisitAsync(walk.Context, segment, rows[index], token);
                }
            });

        foreach (var (reason, _) in visits)
        {
            walk.Run = walk.Run with
            {
                UsersScored = walk.Run.UsersScored + 1,
                UsersRescored = walk.Run.UsersRescored + (reason == RescoreReason.UpToDate ? 0 : 1),
            };
        }

        var markers = visits.Select(visit => visit.Clear).OfType<DirtyMarker>().ToList();
        if (markers.Count > 0)
        {
            walk.AfterCheckpoint(token => dirty.ClearAllAsync(markers, token));
        }
    }

    private async Task<(RescoreReason, DirtyMarker?)> VisitAsync(
        RiskScoringContext context, RiskRunSegment segment, TableEntity row, CancellationToken cancellationToken)
    {
        switch (segment.Kind)
        {
            case RiskRunSegmentKind.Dirty:
                var marker = RiskDirtyIndex.FromRow(row);
                return (await scorer.RescoreAsync(marker.User, context, marker, cancellationToken), marker);
            case RiskRunSegmentKind.Expired:
                return (await VisitExpiredAsync(context, row, cancellationToken), null);
            default:
                // The score pass reads whole UserRisk rows: the row walked is the assessment just read.
                return (await scorer.RescoreAsync(UserRiskRows.FromRow(row), context, cancellationToken), null);
        }
    }

    // An entry whose user has since been rescored to another day is stale: drop it, the new one stands.
    private async Task<RescoreReason> VisitExpiredAsync(RiskScoringContext context, TableEntity row, CancellationToken cancellationToken)
    {
        var user = new UserPseudonym(row.RowKey);
        var current = await risks.GetAsync(user, cancellationToken);
        if (current is null || RiskExpiryDays.Of(current.Assessment.ValidUntil) != row.PartitionKey)
        {
            await risks.DeleteExpiryAsync(row.PartitionKey, user, cancellationToken);
            return RescoreReason.UpToDate;
        }

        return await scorer.RescoreAsync(current, context, cancellationToken);
    }
}
