using System.Globalization;
using InsiderRisk.Domain;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Invocations;

namespace InsiderRisk.Functions.Effects;

/// <summary>
/// <c>RunCaseEffect</c> (Storage queue <c>case-effects</c>, <c>{caseId, effectId}</c>): runs the effect
/// once. Every ending acknowledges the message — retries are new delayed messages — except a storage
/// failure, which fails the invocation so the host delivers the message again. The runner is resolved
/// per invocation: listing the handlers at startup must not build (or fail on) the whole effect path.
/// </summary>
public sealed class RunCaseEffectHandler(IServiceProvider services) : IFunctionHandler
{
    public string FunctionName => RunCaseEffectFunction.Definition.Name;

    public async Task<InvocationResult> HandleAsync(InvocationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.ReadTrigger<CaseEffectMessage>();
        if (string.IsNullOrWhiteSpace(message.CaseId) || string.IsNullOrWhiteSpace(message.EffectId))
        {
            throw new InvalidTriggerPayloadException("A case-effects message needs both caseId and effectId.");
        }

        var runner = services.GetRequiredService<CaseEffectRunner>();
        var run = await runner.RunAsync(new CaseId(message.CaseId), new EffectId(message.EffectId), context.CancellationToken);
        var delivery = context.Metadata.DequeueCount is { } count ? count.ToString(CultureInfo.InvariantCulture) : "?";
        return InvocationResult.Empty.WithLog($"Effect {message.EffectId} of case {message.CaseId} (delivery {delivery}): {run}.");
    }
}
