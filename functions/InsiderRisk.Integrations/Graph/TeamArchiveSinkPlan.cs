using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Sinks;

namespace InsiderRisk.Integrations.Graph;

/// <summary>ArchiveTeam without Graph: the archive request; the result keeps the team id.</summary>
public sealed class TeamArchiveSinkPlan : ILocalSinkPlan
{
    public EffectKind Kind => EffectKind.ArchiveTeam;

    public SinkPlan Plan(EffectInvocation invocation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var teamId = ((EffectPayload.ArchiveTeam)invocation.Payload).TeamId;
        return new SinkPlan(SinkJson.Write(new { teamId, shouldSetSpoSiteReadOnlyForMembers = true }), teamId);
    }

    public EffectOutcome.Succeeded Outcome(SinkRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(new EffectResult.TeamArchived(), $"local sink: archive of team {record.Result} recorded, not sent (Graph is not configured)");
    }
}
