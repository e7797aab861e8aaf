namespace InsiderRisk.Domain.Risk;

/// <summary>How and when one of the user's cases was resolved.</summary>
public readonly record struct CaseResolution(RiskCaseOutcome Outcome, DateTimeOffset ResolvedAt);
