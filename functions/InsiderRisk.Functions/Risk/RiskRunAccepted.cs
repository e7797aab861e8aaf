namespace InsiderRisk.Functions.Risk;

/// <summary>The answer to <c>POST /api/admin/risk/recompute</c>.</summary>
public sealed record RiskRunAccepted(string RunId);
