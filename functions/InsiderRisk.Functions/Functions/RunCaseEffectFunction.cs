namespace InsiderRisk.Functions.Functions;

/// <summary>One case effect (<c>{caseId, effectId}</c>) from the Storage queue <c>case-effects</c>.</summary>
public static class RunCaseEffectFunction
{
    public static FunctionDefinition Definition { get; } =
        new("RunCaseEffect", new TriggerBinding.Queue("message", "case-effects", "AzureWebJobsStorage"));
}
