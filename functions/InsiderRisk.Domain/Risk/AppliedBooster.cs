namespace InsiderRisk.Domain.Risk;

/// <summary>A booster that multiplied a user's score, kept so the score can be explained.</summary>
public readonly record struct AppliedBooster(RiskBoosterKind Kind, double Factor);
