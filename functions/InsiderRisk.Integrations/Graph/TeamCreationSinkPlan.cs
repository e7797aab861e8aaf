using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Sinks;

namespace InsiderRisk.Integrations.Graph;

/// <summary>CreateTeam without Graph: the team request, and team id <c>local-team-{effectId}</c>.</summary>
public sealed class TeamCreationSinkPlan : ILocalSinkPlan
{
    public EffectKind Kind => EffectKind.CreateTeam;

    public SinkPlan Plan(EffectInvocation invocation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var request = TeamRequest.For(invocation, (EffectPayload.CreateTeam)invocation.Payload);
        return new SinkPlan(SinkJson.Write(request), $"local-team-{invocation.EffectId.Value}");
    }

    public EffectOutcome.Succeeded Outcome(SinkRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(new EffectResult.TeamCreated(record.Result), $"local sink: team recorded as {record.Result}, not created (Graph is not configured)");
    }
}
