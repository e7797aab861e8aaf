using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

/// <summary>For each effect kind: a history in which one effect of that kind is pending, and a success for it.</summary>
internal static class PendingEffects
{
    public static TheoryData<EffectKind> AllKinds => [.. Enum.GetValues<EffectKind>()];

    public static TheoryData<EffectKind> KindsWithResult => [.. Enum.GetValues<EffectKind>().Where(kind => kind != EffectKind.ReviewDueTimer)];

    public static (CaseEvent[] History, EffectId Effect) For(EffectKind kind) => kind switch
    {
        EffectKind.SendNotice => ([.. Opened(), .. NoticeRequested(3, At(1))], Fx(3)),
        EffectKind.CreateInvestigation => ([.. Opened(), .. EscalationRequested(3, At(1))], Fx(3)),
        EffectKind.CreateIncident => ([.. Opened(), .. ServiceNowShareRequested(3, At(1))], Fx(3)),
        EffectKind.ShareByEmail => ([.. Opened(), .. EmailShareRequested(3, At(1))], Fx(3)),
        EffectKind.RunFlow => ([.. Opened(), .. FlowRunRequested(3, At(1))], Fx(3)),
        EffectKind.CreateTeam => ([.. Opened(), .. TeamCreationRequested(3, At(1))], Fx(3)),
        EffectKind.ArchiveTeam =>
            ([.. Opened(), .. TeamCreationRequested(3, At(1)), TeamCreated(Fx(3), At(2)), .. Resolved(6, At(3)), TeamArchiveRequested(8, At(3))], Fx(8)),
        EffectKind.SendReminder => ([.. Opened(), MarkedOverdue(3, Fx(2), T0 + Sla(Severity.Medium), At(80), Analyst)], Fx(3)),
        _ => (Opened(), Fx(2)),
    };

    public static EffectResult SuccessFor(EffectKind kind) => kind switch
    {
        EffectKind.SendNotice => new EffectResult.NoticeDelivered(User),
        EffectKind.CreateInvestigation => new EffectResult.InvestigationCreated("ediscovery-case-42"),
        EffectKind.CreateIncident => new EffectResult.IncidentCreated("INC0012345"),
        EffectKind.ShareByEmail => new EffectResult.SharedByEmail(HrMailbox),
        EffectKind.RunFlow => new EffectResult.FlowCompleted("202 Accepted"),
        EffectKind.CreateTeam => new EffectResult.TeamCreated(TeamId),
        EffectKind.ArchiveTeam => new EffectResult.TeamArchived(),
        _ => new EffectResult.ReminderSent(),
    };
}
