namespace InsiderRisk.Domain.Risk;

/// <summary>
/// One counted alert's share of the score before boosters: 100 · (s_i / i^1.5) / 261.2, where
/// <paramref name="Rank"/> is i. The shares add up to the pre-booster score up to its rounding.
/// </summary>
public readonly record struct AlertContribution(AlertId AlertId, int RiskScore, int Rank, double Contribution);
