namespace InsiderRisk.Functions.Functions;

/// <summary>A user to rescore after risk feedback (<c>{user}</c>), from the Storage queue <c>risk-feedback</c>.</summary>
public static class ApplyRiskFeedbackFunction
{
    public static FunctionDefinition Definition { get; } =
        new("ApplyRiskFeedback", new TriggerBinding.Queue("message", "risk-feedback", "AzureWebJobsStorage"));
}
