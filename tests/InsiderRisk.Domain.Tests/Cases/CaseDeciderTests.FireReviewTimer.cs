using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    private static readonly DateTimeOffset MediumDue = T0 + Sla(Severity.Medium);

    [Fact]
    public void GivenNoActionUntilDue_WhenTimerFires_ThenCaseMarkedOverdueAndContributorsReminded()
    {
        Given(Opened())
            .When(FireTimer(Fx(2), MediumDue))
            .Then(MarkedOverdue(3, Fx(2), MediumDue, MediumDue, Analyst))
            .ThenState(state =>
            {
                Assert.True(state.Overdue);
                Assert.Equal(EffectStatus.Succeeded, state.FindEffect(Fx(2))!.Status);
                Assert.Equal(EffectKind.SendReminder, state.FindEffect(Fx(3))!.Kind);
            });
    }

    [Fact]
    public void GivenHighSeverityCase_WhenTimerFiresAfter24Hours_ThenOverdue()
    {
        Given(Opened(Severity.High))
            .When(FireTimer(Fx(2), At(24)))
            .Then(MarkedOverdue(3, Fx(2), At(24), At(24), Analyst));
    }

    [Fact]
    public void GivenAddedContributor_WhenTimerFires_ThenReminderGoesToEveryContributor()
    {
        var dueAt = At(1) + Sla(Severity.Medium);

        Given([.. Opened(), .. ContributorAdded(3, At(1))])
            .When(FireTimer(Fx(4), dueAt.AddMinutes(3)))
            .Then(MarkedOverdue(5, Fx(4), dueAt, dueAt.AddMinutes(3), Analyst, Investigator));
    }

    [Fact]
    public void GivenTimerNotYetDue_WhenItFires_ThenNothing()
    {
        Given(Opened()).When(FireTimer(Fx(2), MediumDue.AddMinutes(-1))).ThenNothing();
    }

    [Fact]
    public void GivenActionAfterTimerWasSet_WhenTheOldTimerFires_ThenNothingBecauseItIsStale()
    {
        Given([.. Opened(), Note(3, "looked at it", At(1)), ReviewDue(4, At(1))])
            .When(FireTimer(Fx(2), MediumDue))
            .ThenNothing()
            .ThenState(state =>
            {
                Assert.Equal(Fx(4), state.ReviewTimerId);
                Assert.Equal((EffectStatus.Succeeded, "superseded"), (state.FindEffect(Fx(2))!.Status, state.FindEffect(Fx(2))!.Result));
            });
    }

    [Fact]
    public void GivenOverdueCase_WhenAnyAction_ThenOverdueClearedAndNextDueTimeSet()
    {
        Given([.. Opened(), MarkedOverdue(3, Fx(2), MediumDue, At(80), Analyst)])
            .When(AddNote("Finally looked at it") with { At = At(90) })
            .Then(Note(4, "Finally looked at it", At(90)), ReviewDue(5, At(90)))
            .ThenState(state =>
            {
                Assert.False(state.Overdue);
                Assert.Equal(At(90) + Sla(Severity.Medium), state.DueAt);
            });
    }

    [Fact]
    public void GivenOverdueCase_WhenTheSameTimerFiresAgain_ThenNothing()
    {
        Given([.. Opened(), MarkedOverdue(3, Fx(2), MediumDue, At(80), Analyst)]).When(FireTimer(Fx(2), At(90))).ThenNothing();
    }

    [Fact]
    public void GivenClosedCase_WhenTimerFires_ThenNothing()
    {
        Given([.. Opened(), .. Resolved(3, At(1))]).When(FireTimer(Fx(2), At(500))).ThenNothing();
    }

    [Fact]
    public void GivenNoticeRequested_WhenFiredAsTimer_ThenEffectNotATimer()
    {
        Given([.. Opened(), .. NoticeRequested(3, At(1))]).When(FireTimer(Fx(3), At(500))).ThenError(DomainErrorKind.Invalid, "effect-not-a-timer");
    }

    [Fact]
    public void GivenActiveCase_WhenUnknownTimerFires_ThenEffectNotFound()
    {
        Given(Opened()).When(FireTimer(Fx(50), At(500))).ThenError(DomainErrorKind.NotFound, "effect-not-found");
    }

    [Fact]
    public void GivenActiveCase_WhenEffectOutcomeArrives_ThenReviewDueIsNotReset()
    {
        Given([.. Opened(), .. NoticeRequested(3, At(1))])
            .When(Succeeded(Fx(3), new EffectResult.NoticeDelivered(User)))
            .ThenState(state => Assert.Equal(Fx(4), state.ReviewTimerId));
    }
}
