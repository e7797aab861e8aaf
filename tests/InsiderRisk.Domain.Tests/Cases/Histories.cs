using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;

namespace InsiderRisk.Domain.Tests.Cases;

/// <summary>
/// Literal case histories for Given. Each builder takes the sequence of its first event; an action
/// asked for at sequence s is followed by its review-due timer at s + 1.
/// </summary>
internal static class Histories
{
    /// <summary>1 CaseOpened (alert-1), 2 ReviewDueScheduled (timer <c>Fx(2)</c>).</summary>
    public static CaseEvent[] Opened(Severity severity = Severity.Medium) =>
    [
        new CaseEvent.CaseOpened(TheCaseId, CaseName, User, [Alert("alert-1", severity)]) { At = T0, By = Analyst },
        ReviewDue(2, T0, severity),
    ];

    public static CaseEvent ReviewDue(long sequence, DateTimeOffset at, Severity severity = Severity.Medium, string by = Analyst)
    {
        var dueAt = at + Sla(severity);
        return new CaseEvent.ReviewDueScheduled(dueAt, Request(sequence, new EffectPayload.ReviewDueTimer(), dueAt)) { At = at, By = by };
    }

    public static CaseEvent Note(long sequence, string text, DateTimeOffset at, string author = Analyst, string? by = null) =>
        new CaseEvent.NoteAdded(CaseNoteIds.For(sequence), author, text) { At = at, By = by ?? author };

    public static EffectRequest Request(long sequence, EffectPayload payload, DateTimeOffset? dueAt = null) =>
        new(Fx(sequence), payload, dueAt);

    public static EffectPayload.SendNotice NoticePayload { get; } = new(
        User, TemplateName, Template.Sender, Template.Subject, Template.Body, Template.Cc, Template.Bcc);

    public static CaseEvent[] NoticeRequested(long sequence, DateTimeOffset at) =>
        WithReviewDue(new CaseEvent.NoticeRequested(Request(sequence, NoticePayload)), sequence, at);

    public static CaseEvent[] EscalationRequested(long sequence, DateTimeOffset at, string name = "Legal review", string? notes = "Preserve the mailbox") =>
        WithReviewDue(new CaseEvent.EscalationRequested(name, notes, Request(sequence, new EffectPayload.CreateInvestigation(name, notes, CaseName, User))), sequence, at);

    public static CaseEvent[] ServiceNowShareRequested(long sequence, DateTimeOffset at) =>
        WithReviewDue(new CaseEvent.ShareRequested(ShareTarget.ServiceNow, null, Request(sequence, new EffectPayload.CreateIncident(CaseName, User, Severity.Medium, 1))), sequence, at);

    public static CaseEvent[] EmailShareRequested(long sequence, DateTimeOffset at) =>
        WithReviewDue(new CaseEvent.ShareRequested(ShareTarget.Email, HrMailbox, Request(sequence, new EffectPayload.ShareByEmail(HrMailbox, CaseName, User))), sequence, at);

    public static CaseEvent[] FlowRunRequested(long sequence, DateTimeOffset at) =>
        WithReviewDue(new CaseEvent.FlowRunRequested(FlowName, Request(sequence, new EffectPayload.RunFlow(FlowName, CaseName, User))), sequence, at);

    public static CaseEvent[] TeamCreationRequested(long sequence, DateTimeOffset at) =>
        WithReviewDue(new CaseEvent.TeamCreationRequested(Request(sequence, new EffectPayload.CreateTeam(CaseName, Analyst))), sequence, at);

    public static CaseEvent[] ContributorAdded(long sequence, DateTimeOffset at, string userId = Investigator) =>
        WithReviewDue(new CaseEvent.ContributorAdded(userId), sequence, at);

    public static CaseEvent TeamCreated(EffectId effectId, DateTimeOffset at) =>
        new CaseEvent.TeamCreated(effectId, TeamId) { At = at, By = Runner };

    public static CaseEvent TeamArchiveRequested(long sequence, DateTimeOffset at) =>
        new CaseEvent.TeamArchiveRequested(TeamId, Request(sequence, new EffectPayload.ArchiveTeam(TeamId))) { At = at, By = Analyst };

    /// <summary>s CaseResolved (alert-1), s + 1 the action-taken note.</summary>
    public static CaseEvent[] Resolved(
        long sequence,
        DateTimeOffset at,
        CaseClassification classification = CaseClassification.ConfirmedPolicyViolation,
        string actionTaken = "Access revoked") =>
    [
        new CaseEvent.CaseResolved(classification, actionTaken, [new AlertId("alert-1")]) { At = at, By = Analyst },
        Note(sequence + 1, actionTaken, at),
    ];

    /// <summary>The timer <paramref name="timer"/> fired at <paramref name="at"/>; the reminder is effect s.</summary>
    public static CaseEvent MarkedOverdue(long sequence, EffectId timer, DateTimeOffset dueAt, DateTimeOffset at, params string[] contributors) =>
        new CaseEvent.CaseMarkedOverdue(timer, Request(sequence, new EffectPayload.SendReminder([.. contributors], CaseName, dueAt)))
        {
            At = at,
            By = Runner,
        };

    public static CaseEvent EffectFailed(EffectId effectId, DateTimeOffset at, string reason = "gave up after 5 attempts") =>
        new CaseEvent.EffectFailed(effectId, reason) { At = at, By = Runner };

    /// <summary>A case through every kind of event: Teams on, overdue, every action, every outcome, resolved, archived.</summary>
    public static Scenario FullLifecycle()
    {
        var scenario = new Scenario(CasePolicy.Default with { TeamsIntegrationEnabled = true });
        scenario.Do(OpenCase() with { Comment = "Confirmed from the alert queue" });
        scenario.Do(FireTimer(scenario.Pending(EffectKind.ReviewDueTimer), T0 + Sla(Severity.Medium)));
        scenario.Do(Succeeded(scenario.Pending(EffectKind.SendReminder), new EffectResult.ReminderSent()));
        scenario.Do(Succeeded(scenario.Pending(EffectKind.CreateTeam), new EffectResult.TeamCreated(TeamId)));
        scenario.Do(AttachAlerts(Alert("alert-2", Severity.High)) with { At = At(80) });
        foreach (var action in new CaseCommand[] { AddContributor(), AddNote(), SendNotice(), Escalate(), Share(), Share(ShareTarget.Email, HrMailbox), RunFlow() })
        {
            scenario.Do(action with { At = At(81) });
        }

        scenario.Do(AttemptFailed(scenario.Pending(EffectKind.SendNotice)) with { At = At(82) });
        scenario.Do(Succeeded(scenario.Pending(EffectKind.SendNotice), new EffectResult.NoticeDelivered(User)) with { At = At(83) });
        scenario.Do(Succeeded(scenario.Pending(EffectKind.CreateInvestigation), new EffectResult.InvestigationCreated("ediscovery-case-42")) with { At = At(83) });
        scenario.Do(Succeeded(scenario.Pending(EffectKind.CreateIncident), new EffectResult.IncidentCreated("INC0012345")) with { At = At(83) });
        scenario.Do(Succeeded(scenario.Pending(EffectKind.ShareByEmail), new EffectResult.SharedByEmail(HrMailbox)) with { At = At(83) });
        scenario.Do(Failed(scenario.Pending(EffectKind.RunFlow)) with { At = At(84) });
        scenario.Do(RunFlow() with { At = At(85) });
        scenario.Do(Succeeded(scenario.Pending(EffectKind.RunFlow), new EffectResult.FlowCompleted("202 Accepted")) with { At = At(86) });
        scenario.Do(Resolve() with { At = At(90) });
        scenario.Do(Succeeded(scenario.Pending(EffectKind.ArchiveTeam), new EffectResult.TeamArchived()) with { At = At(91) });
        return scenario;
    }

    private static CaseEvent[] WithReviewDue(CaseEvent request, long sequence, DateTimeOffset at) =>
        [request with { At = at, By = Analyst }, ReviewDue(sequence + 1, at)];
}
