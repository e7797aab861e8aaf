using InsiderRisk.Domain.Risk;
using InsiderRisk.Functions.Risk;

namespace InsiderRisk.Functions.Users;

/// <summary>
/// <c>GET /api/users/{userId}/risk</c>. Beyond API.md's fields (additive): <c>formulaScore</c> (before
/// boosters), <c>boostedScore</c> (before feedback floors), <c>detections</c>, <c>contributionsOmitted</c>.
/// </summary>
public sealed record UserRiskView(
    string UserId,
    int Score,
    RiskLevel Level,
    RiskState State,
    RiskProcessingState RiskProcessingState,
    DateTimeOffset? ComputedAt,
    IReadOnlyList<ContributionView> Contributions,
    IReadOnlyList<BoosterView> Boosters,
    IReadOnlyList<DetectionView> Detections,
    int FormulaScore,
    int BoostedScore,
    int ContributionsOmitted)
{
    /// <summary>A known user no run has scored yet: nothing counted so far, and the inputs are waiting.</summary>
    public static UserRiskView NotYetScored(string userId) =>
        new(userId, 0, RiskLevel.None, RiskState.None, RiskProcessingState.Pending, null, [], [], [], 0, 0, 0);

    public static UserRiskView Of(string userId, StoredUserRisk stored, RiskProcessingState processing)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var a = stored.Assessment;
        return new(
            userId,
            a.Score,
            a.Level,
            a.State,
            processing,
            a.ComputedAt,
            [.. a.Contributions.Select(c => new ContributionView(c.AlertId.Value, c.RiskScore, c.Contribution, c.Rank))],
            [.. a.Boosters.Select(b => new BoosterView(b.Kind, b.Factor))],
            [.. a.Detections.Select(d => new DetectionView(d.Name, d.Kind, d.At, d.SignInId?.Value, d.CaseId?.Value))],
            a.FormulaScore,
            a.BoostedScore,
            stored.ContributionsOmitted);
    }
}
