namespace InsiderRisk.Functions.Risk;

public enum RiskRunTrigger
{
    /// <summary>The daily <c>RecomputeRiskScores</c> timer.</summary>
    Timer,

    /// <summary><c>POST /api/admin/risk/recompute</c>.</summary>
    Manual,
}
