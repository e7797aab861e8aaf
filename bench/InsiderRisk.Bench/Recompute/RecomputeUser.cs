using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Bench.Recompute;

/// <summary>One generated user: the raw id the pipelines send, and their alerts as scoring sees them.</summary>
public sealed record RecomputeUser(int Index, string UserId, IReadOnlyList<RiskAlertFact> Alerts);
