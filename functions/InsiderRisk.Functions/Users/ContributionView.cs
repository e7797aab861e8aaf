namespace InsiderRisk.Functions.Users;

/// <summary>One counted alert's share of the score (before boosters), highest first.</summary>
public sealed record ContributionView(string AlertId, int RiskScore, double Contribution, int Rank);
