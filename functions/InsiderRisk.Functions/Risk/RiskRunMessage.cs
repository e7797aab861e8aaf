namespace InsiderRisk.Functions.Risk;

/// <summary>The body of a <c>risk-runs</c> message: a run to start or resume.</summary>
public sealed record RiskRunMessage(string RunId);
