using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    [Fact]
    public void GivenActiveCase_WhenAttachAlerts_ThenAlertsAttachedAndReviewDueFromNewHighestSeverity()
    {
        Given(Opened(Severity.Medium))
            .When(AttachAlerts(Alert("alert-2", Severity.High)))
            .Then(
                new CaseEvent.AlertsAttached([Alert("alert-2", Severity.High)]) { At = At(1), By = Analyst },
                ReviewDue(4, At(1), Severity.High))
            .ThenState(state =>
            {
                Assert.Equal(2, state.TotalPolicyAlerts());
                Assert.Equal(Severity.High, state.HighestSeverity());
                Assert.All(state.Alerts, alert => Assert.Equal(AlertStatus.Confirmed, alert.Status));
                Assert.Equal(At(25), state.DueAt);
            });
    }

    [Fact]
    public void GivenHighSeverityCase_WhenLowAlertAttached_ThenReviewDueStaysOnTheHighSla()
    {
        Given(Opened(Severity.High))
            .When(AttachAlerts(Alert("alert-2", Severity.Low)))
            .ThenState(state => Assert.Equal(At(1) + Sla(Severity.High), state.DueAt));
    }

    [Fact]
    public void GivenActiveCase_WhenAttachAlertsWithComment_ThenCommentBecomesNote()
    {
        Given(Opened())
            .When(AttachAlerts(Alert("alert-2")) with { Comment = "Same USB device again" })
            .Then(
                new CaseEvent.AlertsAttached([Alert("alert-2")]) { At = At(1), By = Analyst },
                Note(4, "Same USB device again", At(1)),
                ReviewDue(5, At(1)));
    }

    [Fact]
    public void GivenActiveCase_WhenAttachingAnAlreadyAttachedAlert_ThenOnlyNewAlertsAreAttached()
    {
        Given(Opened())
            .When(AttachAlerts(Alert("alert-1"), Alert("alert-2"), Alert("alert-2")))
            .Then(
                new CaseEvent.AlertsAttached([Alert("alert-2")]) { At = At(1), By = Analyst },
                ReviewDue(4, At(1)));
    }

    [Fact]
    public void GivenActiveCase_WhenAttachingOnlyAttachedAlerts_ThenNothing()
    {
        Given(Opened()).When(AttachAlerts(Alert("alert-1")) with { Comment = "again" }).ThenNothing();
    }

    [Fact]
    public void GivenActiveCase_WhenAttachingAnotherUsersAlerts_ThenAlertUserMismatch()
    {
        Given(Opened())
            .When(AttachAlerts(Alert("alert-9")) with { User = OtherUser })
            .ThenError(DomainErrorKind.Conflict, "alert-user-mismatch");
    }

    [Fact]
    public void GivenClosedCase_WhenAttachAlerts_ThenCaseClosed()
    {
        Given([.. Opened(), .. Resolved(3, At(1))])
            .When(AttachAlerts(Alert("alert-2")))
            .ThenError(DomainErrorKind.Conflict, "case-closed");
    }

    [Fact]
    public void GivenActiveCase_WhenAttachingNoAlerts_ThenAlertsRequired()
    {
        Given(Opened()).When(AttachAlerts()).ThenError(DomainErrorKind.Invalid, "alerts-required");
    }

    [Fact]
    public void GivenActiveCase_WhenAttachAlertsWithCommentOver10000Characters_ThenNoteTextInvalid()
    {
        Given(Opened())
            .When(AttachAlerts(Alert("alert-2")) with { Comment = new string('c', 10_001) })
            .ThenError(DomainErrorKind.Invalid, "note-text-invalid");
    }
}
