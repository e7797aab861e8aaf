using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases.Api.Views;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>The 202 of an action with an outside effect, also for a repeat (same Idempotency-Key, or an escalation or team already asked for).</summary>
public static class CaseEffectAnswers
{
    public static Func<CaseCommandResult, CommandStamp, Task<IResult>> Accepted(CaseActionFlow flow, EffectKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return async (result, stamp) =>
        {
            var events = await flow.History.OutcomeAsync(result, stamp, cancellationToken);
            var requested = events.OfType<IRequestsEffect>().Select(e => e.Effect).FirstOrDefault(e => e.Kind == kind)?.EffectId
                ?? result.State!.Effects.Values.LastOrDefault(e => e.Kind == kind)?.EffectId;
            return requested is { } effectId
                ? TypedResults.Accepted($"/api/cases/{Uri.EscapeDataString(stamp.CaseId.Value)}/effects", new EffectAcceptedView(effectId.Value))
                : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: $"The case has no {kind} effect to report.");
        };
    }
}
