using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    [Fact]
    public void GivenNoticeRequested_WhenDelivered_ThenNoticeDeliveredAndNoticeSentNote()
    {
        Given([.. Opened(), .. NoticeRequested(3, At(1))])
            .When(Succeeded(Fx(3), new EffectResult.NoticeDelivered(User)))
            .Then(
                new CaseEvent.NoticeDelivered(Fx(3), TemplateName, User) { At = At(10), By = Runner },
                Note(6, "notice sent: Policy reminder, to User-7Q4K2M", At(10), Analyst, Runner))
            .ThenState(state =>
            {
                Assert.Equal(CaseStatus.Active, state.Status);
                Assert.Equal((EffectStatus.Succeeded, "delivered to User-7Q4K2M"), (state.FindEffect(Fx(3))!.Status, state.FindEffect(Fx(3))!.Result));
                Assert.Equal(At(1) + Sla(Severity.Medium), state.DueAt);
            });
    }

    [Fact]
    public void GivenEscalationRequested_WhenInvestigationCreated_ThenEscalationRecordsExternalIdAndNote()
    {
        Given([.. Opened(), .. EscalationRequested(3, At(1))])
            .When(Succeeded(Fx(3), new EffectResult.InvestigationCreated("ediscovery-case-42")))
            .Then(
                new CaseEvent.InvestigationCreated(Fx(3), "ediscovery-case-42") { At = At(10), By = Runner },
                Note(6, "escalated for investigation: Legal review (eDiscovery case ediscovery-case-42); notes: Preserve the mailbox", At(10), Analyst, Runner))
            .ThenState(state => Assert.Equal("ediscovery-case-42", state.Escalation!.ExternalCaseId));
    }

    [Fact]
    public void GivenServiceNowShareRequested_WhenIncidentCreated_ThenTicketNumberNote()
    {
        Given([.. Opened(), .. ServiceNowShareRequested(3, At(1))])
            .When(Succeeded(Fx(3), new EffectResult.IncidentCreated("INC0012345")))
            .Then(
                new CaseEvent.IncidentCreated(Fx(3), "INC0012345") { At = At(10), By = Runner },
                Note(6, "shared with ServiceNow: incident INC0012345", At(10), Analyst, Runner));
    }

    [Fact]
    public void GivenEmailShareRequested_WhenSent_ThenRecipientNote()
    {
        Given([.. Opened(), .. EmailShareRequested(3, At(1))])
            .When(Succeeded(Fx(3), new EffectResult.SharedByEmail(HrMailbox)))
            .Then(
                new CaseEvent.SharedByEmail(Fx(3), HrMailbox) { At = At(10), By = Runner },
                Note(6, "shared by email with hr@contoso.com", At(10), Analyst, Runner));
    }

    [Fact]
    public void GivenFlowRunRequested_WhenCompleted_ThenFlowNameAndOutcomeNote()
    {
        Given([.. Opened(), .. FlowRunRequested(3, At(1))])
            .When(Succeeded(Fx(3), new EffectResult.FlowCompleted("202 Accepted")))
            .Then(
                new CaseEvent.FlowCompleted(Fx(3), FlowName, "202 Accepted") { At = At(10), By = Runner },
                Note(6, "flow notify-hr ran: 202 Accepted", At(10), Analyst, Runner));
    }

    [Fact]
    public void GivenTeamCreationRequested_WhenTeamCreated_ThenTeamIdRecorded()
    {
        Given([.. Opened(), .. TeamCreationRequested(3, At(1))])
            .When(Succeeded(Fx(3), new EffectResult.TeamCreated(TeamId)))
            .Then(new CaseEvent.TeamCreated(Fx(3), TeamId) { At = At(10), By = Runner })
            .ThenState(state => Assert.Equal(new CaseTeam(Fx(3), TeamId, null, false), state.Team));
    }

    [Fact]
    public void GivenTeamArchiveRequested_WhenArchived_ThenTeamArchivedOnTheClosedCase()
    {
        var (history, archive) = PendingEffects.For(EffectKind.ArchiveTeam);

        Given(history)
            .When(Succeeded(archive, new EffectResult.TeamArchived()))
            .Then(new CaseEvent.TeamArchived(archive, TeamId) { At = At(10), By = Runner })
            .ThenState(state => Assert.True(state.Team!.Archived));
    }

    [Fact]
    public void GivenReminderRequested_WhenSent_ThenReminderSent()
    {
        var (history, reminder) = PendingEffects.For(EffectKind.SendReminder);

        Given(history)
            .When(Succeeded(reminder, new EffectResult.ReminderSent()))
            .Then(new CaseEvent.ReminderSent(reminder) { At = At(10), By = Runner });
    }

    [Theory]
    [MemberData(nameof(PendingEffects.KindsWithResult), MemberType = typeof(PendingEffects))]
    public void GivenSucceededEffect_WhenSuccessIsDeliveredAgain_ThenNothing(EffectKind kind)
    {
        var (history, effect) = PendingEffects.For(kind);
        var success = Succeeded(effect, PendingEffects.SuccessFor(kind));
        var first = Given(history).When(success).Decision.Events;

        Given([.. history, .. first]).When(success).ThenNothing();
    }

    [Theory]
    [MemberData(nameof(PendingEffects.KindsWithResult), MemberType = typeof(PendingEffects))]
    public void GivenFailedEffect_WhenLateSuccessArrives_ThenNothing(EffectKind kind)
    {
        var (history, effect) = PendingEffects.For(kind);

        Given([.. history, EffectFailed(effect, At(9))]).When(Succeeded(effect, PendingEffects.SuccessFor(kind))).ThenNothing();
    }

    [Fact]
    public void GivenClosedCase_WhenNoticeDelivered_ThenOutcomeIsRecorded()
    {
        Given([.. Opened(), .. NoticeRequested(3, At(1)), .. Resolved(5, At(2))])
            .When(Succeeded(Fx(3), new EffectResult.NoticeDelivered(User)))
            .Then(
                new CaseEvent.NoticeDelivered(Fx(3), TemplateName, User) { At = At(10), By = Runner },
                Note(8, "notice sent: Policy reminder, to User-7Q4K2M", At(10), Analyst, Runner));
    }

    [Fact]
    public void GivenActiveCase_WhenSuccessForUnknownEffect_ThenEffectNotFound()
    {
        Given(Opened())
            .When(Succeeded(Fx(99), new EffectResult.ReminderSent()))
            .ThenError(DomainErrorKind.NotFound, "effect-not-found");
    }

    [Fact]
    public void GivenNoticeRequested_WhenSuccessOfAnotherKind_ThenEffectResultMismatch()
    {
        Given([.. Opened(), .. NoticeRequested(3, At(1))])
            .When(Succeeded(Fx(3), new EffectResult.TeamCreated(TeamId)))
            .ThenError(DomainErrorKind.Invalid, "effect-result-mismatch");
    }

    [Fact]
    public void GivenReviewTimer_WhenRecordedAsSucceeded_ThenEffectResultMismatch()
    {
        Given(Opened()).When(Succeeded(Fx(2), new EffectResult.ReminderSent())).ThenError(DomainErrorKind.Invalid, "effect-result-mismatch");
    }
}
