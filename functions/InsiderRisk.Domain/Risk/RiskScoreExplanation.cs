namespace InsiderRisk.Domain.Risk;

/// <summary>The formula's result with every counted alert's contribution, highest first.</summary>
public sealed record RiskScoreExplanation(double Raw, int Score, IReadOnlyList<AlertContribution> Contributions);
