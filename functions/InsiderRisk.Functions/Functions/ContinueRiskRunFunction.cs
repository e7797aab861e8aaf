namespace InsiderRisk.Functions.Functions;

/// <summary>A risk recompute run to start or resume (<c>{runId}</c>), from the Storage queue <c>risk-runs</c>.</summary>
public static class ContinueRiskRunFunction
{
    public static FunctionDefinition Definition { get; } =
        new("ContinueRiskRun", new TriggerBinding.Queue("message", "risk-runs", "AzureWebJobsStorage"));
}
