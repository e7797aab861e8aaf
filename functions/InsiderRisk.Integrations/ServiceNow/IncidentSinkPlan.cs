using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Sinks;

namespace InsiderRisk.Integrations.ServiceNow;

/// <summary>CreateIncident without ServiceNow: the incident fields as they would be sent, and ticket <c>LOCAL-{effectId}</c>.</summary>
public sealed class IncidentSinkPlan(string category = ServiceNowSettings.DefaultCategory) : ILocalSinkPlan
{
    public EffectKind Kind => EffectKind.CreateIncident;

    public SinkPlan Plan(EffectInvocation invocation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var fields = IncidentFields.For(invocation, (EffectPayload.CreateIncident)invocation.Payload, category);
        return new SinkPlan(SinkJson.Write(fields), $"LOCAL-{invocation.EffectId.Value}");
    }

    public EffectOutcome.Succeeded Outcome(SinkRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(new EffectResult.IncidentCreated(record.Result), $"local sink: incident recorded as {record.Result}, not created (ServiceNow is not configured)");
    }
}
