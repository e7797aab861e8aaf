using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Invocations;

namespace InsiderRisk.Functions.Risk;

/// <summary><c>RecomputeRiskScores</c> (timer): starts today's run, or resumes the unfinished current one.</summary>
/// <remarks>
/// Dependencies are resolved per invocation: the app builds every handler at startup just to read its
/// name, and the risk services reach the pseudonymizer, whose missing key must fail the first use,
/// not the start.
/// </remarks>
public sealed class RecomputeRiskScoresHandler(IServiceProvider services) : IFunctionHandler
{
    public string FunctionName => RecomputeRiskScoresFunction.Definition.Name;

    public async Task<InvocationResult> HandleAsync(InvocationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var run = await services.GetRequiredService<RiskRunScheduler>().StartAsync(RiskRunTrigger.Timer, context.CancellationToken);
        var slice = await services.GetRequiredService<IRiskProcessor>().RunAsync(run.RunId, cancellationToken: context.CancellationToken);
        return InvocationResult.Empty.WithLog(RiskRunLog.Describe(run.RunId, slice));
    }
}
