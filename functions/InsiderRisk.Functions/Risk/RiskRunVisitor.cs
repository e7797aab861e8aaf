using InsiderRisk.Domain;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// One candidate row of a run: counted in the count pass; in the score pass brought up to date by
/// <see cref="UserRiskScorer"/> with the progress counters moved on.
/// </summary>
public sealed class RiskRunVisitor(UserRiskStore risks, UserRiskScorer scorer, RiskDirtyIndex dirty)
{
    public async Task VisitAsync(RiskRunWalk walk, RiskRunSegment segment, TableEntity row, CancellationToken cancellationToken)
    {
        if (walk.Run.Pass == RiskRunPass.Count)
        {
            walk.Run = walk.Run with { UsersTotal = walk.Run.UsersTotal + 1 };
            return;
        }

        var reason = segment.Kind switch
        {
            RiskRunSegmentKind.Dirty => await VisitDirtyAsync(walk, row, cancellationToken),
            RiskRunSegmentKind.Expired => await VisitExpiredAsync(walk, row, cancellationToken),
            _ => await scorer.ScoreAsync(new UserPseudonym(row.RowKey), walk.Context, null, cancellationToken),
        };
        walk.Run = walk.Run with
        {
            UsersScored = walk.Run.UsersScored + 1,
            UsersRescored = walk.Run.UsersRescored + (reason == RescoreReason.UpToDate ? 0 : 1),
        };
    }

    private async Task<RescoreReason> VisitDirtyAsync(RiskRunWalk walk, TableEntity row, CancellationToken cancellationToken)
    {
        var marker = RiskDirtyIndex.FromRow(row);
        var reason = await scorer.RescoreAsync(marker.User, walk.Context, marker, cancellationToken);
        walk.AfterCheckpoint(token => dirty.ClearAsync(marker, token));
        return reason;
    }

    // An entry whose user has since been rescored to another day is stale: drop it, the new one stands.
    private async Task<RescoreReason> VisitExpiredAsync(RiskRunWalk walk, TableEntity row, CancellationToken cancellationToken)
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
}
