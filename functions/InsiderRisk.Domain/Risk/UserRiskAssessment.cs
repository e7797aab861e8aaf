namespace InsiderRisk.Domain.Risk;

/// <summary>A user's score at <see cref="ComputedAt"/>, with everything needed to explain it.</summary>
/// <param name="FormulaScore">The formula's score over <see cref="Contributions"/>, before boosters.</param>
/// <param name="BoostedScore"><see cref="FormulaScore"/> after <see cref="Boosters"/>, capped at 100.</param>
/// <param name="Score">The boosted score raised to the floor of any active <see cref="Detections"/>.</param>
/// <param name="ProfileVersion">The profile version assessed; see <see cref="UserRiskProfile.MarkProcessed"/>.</param>
/// <param name="ValidUntil">The last instant the result holds without any input changing: after it the
/// oldest counted alert (or case floor) has left the window. Null when nothing time-bound shaped it.</param>
public sealed record UserRiskAssessment(
    int Score,
    RiskLevel Level,
    RiskState State,
    int FormulaScore,
    int BoostedScore,
    IReadOnlyList<AlertContribution> Contributions,
    IReadOnlyList<AppliedBooster> Boosters,
    IReadOnlyList<FeedbackDetection> Detections,
    DateTimeOffset ComputedAt,
    long ProfileVersion,
    DateTimeOffset? ValidUntil);
