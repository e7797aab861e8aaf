using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Invocations;

namespace InsiderRisk.Functions.Risk;

/// <summary><c>ContinueRiskRun</c>: one budgeted slice of the run a <c>risk-runs</c> message names.</summary>
/// <remarks>
/// Dependencies are resolved per invocation: the app builds every handler at startup just to read its
/// name, and the risk services reach the pseudonymizer, whose missing key must fail the first use,
/// not the start.
/// </remarks>
public sealed class ContinueRiskRunHandler(IServiceProvider services) : IFunctionHandler
{
    public string FunctionName => ContinueRiskRunFunction.Definition.Name;

    public async Task<InvocationResult> HandleAsync(InvocationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.ReadTrigger<RiskRunMessage>();
        if (!RiskRunStore.IsValidRunId(message.RunId))
        {
            throw new InvalidTriggerPayloadException("A risk-runs message names a run (\"runId\").");
        }

        var slice = await services.GetRequiredService<IRiskProcessor>().RunAsync(message.RunId, cancellationToken: context.CancellationToken);
        return InvocationResult.Empty.WithLog(RiskRunLog.Describe(message.RunId, slice));
    }
}
