using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Sinks;

namespace InsiderRisk.Integrations.Flows;

/// <summary>RunFlow without a trigger URL: the body the flow would receive; the outcome says it was only recorded.</summary>
public sealed class FlowSinkPlan : ILocalSinkPlan
{
    public EffectKind Kind => EffectKind.RunFlow;

    public SinkPlan Plan(EffectInvocation invocation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var request = FlowRequest.For(invocation, (EffectPayload.RunFlow)invocation.Payload, now);
        return new SinkPlan(SinkJson.Write(request), $"local sink: run of flow '{request.FlowName}' recorded, not sent");
    }

    public EffectOutcome.Succeeded Outcome(SinkRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(new EffectResult.FlowCompleted(record.Result), $"{record.Result} (the flow has no trigger URL)");
    }
}
