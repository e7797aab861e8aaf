using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Bench.Scoring;

/// <summary>
/// Users and their alerts laid out as a recompute holds one shard: each user's alerts contiguous,
/// both as bare scores (the formula's hot path) and as full facts (the counting rules' input).
/// </summary>
public sealed class ScoringData(
    int[] offsets,
    int[] scores,
    RiskAlertFact[] facts,
    UserRiskProfile[] profiles,
    RiskBoosterMembership[] memberships,
    DateTimeOffset now)
{
    public int UserCount => offsets.Length - 1;

    public int AlertCount => scores.Length;

    public DateTimeOffset Now => now;

    public ReadOnlySpan<int> ScoresOf(int user) => scores.AsSpan(offsets[user], offsets[user + 1] - offsets[user]);

    public ReadOnlySpan<RiskAlertFact> FactsOf(int user) => facts.AsSpan(offsets[user], offsets[user + 1] - offsets[user]);

    /// <summary>The same facts as a collection, for the explainable path that takes an enumerable.</summary>
    public ArraySegment<RiskAlertFact> FactSegmentOf(int user) => new(facts, offsets[user], offsets[user + 1] - offsets[user]);

    public UserRiskProfile ProfileOf(int user) => profiles[user];

    public RiskBoosterMembership MembershipOf(int user) => memberships[user];
}
