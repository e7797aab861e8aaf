namespace InsiderRisk.Functions.Risk;

/// <summary>What one slice of a run ended with, and the run as it stands after it (null when unknown).</summary>
public sealed record RiskRunSlice(RiskRunSliceOutcome Outcome, RiskRun? Run);
