using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Sinks;

namespace InsiderRisk.Integrations.Graph;

/// <summary>CreateInvestigation without Graph: the eDiscovery case request, and id <c>local-ediscovery-{effectId}</c>.</summary>
public sealed class InvestigationSinkPlan : ILocalSinkPlan
{
    public EffectKind Kind => EffectKind.CreateInvestigation;

    public SinkPlan Plan(EffectInvocation invocation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var request = InvestigationRequest.For(invocation, (EffectPayload.CreateInvestigation)invocation.Payload);
        return new SinkPlan(SinkJson.Write(request), $"local-ediscovery-{invocation.EffectId.Value}");
    }

    public EffectOutcome.Succeeded Outcome(SinkRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(new EffectResult.InvestigationCreated(record.Result), $"local sink: eDiscovery case recorded as {record.Result}, not created (Graph is not configured)");
    }
}
