namespace InsiderRisk.Functions.Functions;

/// <summary>Recomputes users' risk scores, on the <c>Risk__Schedule</c> setting.</summary>
public static class RecomputeRiskScoresFunction
{
    public static FunctionDefinition Definition { get; } =
        new("RecomputeRiskScores", new TriggerBinding.Timer("timer", "%Risk__Schedule%"));
}
