using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    [Theory]
    [InlineData(CaseClassification.Benign)]
    [InlineData(CaseClassification.ConfirmedPolicyViolation)]
    public void GivenActiveCase_WhenResolve_ThenClosedWithClassificationActionTakenNoteAndAlertsResolved(CaseClassification classification)
    {
        Given([.. Opened(), new CaseEvent.AlertsAttached([Alert("alert-2")]) { At = At(1), By = Analyst }, ReviewDue(4, At(1))])
            .When(Resolve(classification, "Access revoked") with { At = At(5) })
            .Then(
                new CaseEvent.CaseResolved(classification, "Access revoked", [new AlertId("alert-1"), new AlertId("alert-2")]) { At = At(5), By = Analyst },
                Note(6, "Access revoked", At(5)))
            .ThenState(state =>
            {
                Assert.Equal(CaseStatus.Closed, state.Status);
                Assert.Equal(new CaseResolution(classification, "Access revoked", At(5), Analyst), state.Resolution);
                Assert.All(state.Alerts, alert => Assert.Equal(AlertStatus.Resolved, alert.Status));
                Assert.Equal((At(5), Analyst), (state.LastUpdatedAt, state.LastUpdatedBy));
            });
    }

    [Fact]
    public void GivenActiveCase_WhenResolve_ThenNoReviewTimerRemains()
    {
        Given(Opened())
            .When(Resolve())
            .ThenState(state =>
            {
                Assert.Null(state.DueAt);
                Assert.Null(state.ReviewTimerId);
                Assert.False(state.Overdue);
                Assert.Empty(state.PendingEffects());
            });
    }

    [Fact]
    public void GivenCaseWithTeam_WhenResolve_ThenTeamArchiveRequested()
    {
        Given([.. Opened(), .. TeamCreationRequested(3, At(1)), TeamCreated(Fx(3), At(2))])
            .When(Resolve() with { At = At(3) })
            .Then([.. Resolved(6, At(3)), TeamArchiveRequested(8, At(3))])
            .ThenState(state => Assert.Equal(new CaseTeam(Fx(3), TeamId, Fx(8), false), state.Team));
    }

    [Fact]
    public void GivenTeamBeingCreated_WhenResolve_ThenArchiveWaitsForTheTeam()
    {
        Given([.. Opened(), .. TeamCreationRequested(3, At(1))])
            .When(Resolve() with { At = At(3) })
            .Then(Resolved(5, At(3)));
    }

    [Fact]
    public void GivenTeamBeingCreatedWhenResolved_WhenTeamCreated_ThenTeamIsArchivedAsFollowUp()
    {
        Given([.. Opened(), .. TeamCreationRequested(3, At(1)), .. Resolved(5, At(3))])
            .When(Succeeded(Fx(3), new EffectResult.TeamCreated(TeamId)))
            .Then(
                new CaseEvent.TeamCreated(Fx(3), TeamId) { At = At(10), By = Runner },
                new CaseEvent.TeamArchiveRequested(TeamId, Request(8, new EffectPayload.ArchiveTeam(TeamId))) { At = At(10), By = Runner });
    }

    [Fact]
    public void GivenClosedCase_WhenResolveAgain_ThenCaseClosed()
    {
        Given([.. Opened(), .. Resolved(3, At(1))]).When(Resolve()).ThenError(DomainErrorKind.Conflict, "case-closed");
    }

    [Fact]
    public void GivenActiveCase_WhenResolveWithUnknownClassification_ThenClassificationInvalid()
    {
        Given(Opened()).When(Resolve((CaseClassification)9)).ThenError(DomainErrorKind.Invalid, "classification-invalid");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void GivenActiveCase_WhenResolveWithoutActionTaken_ThenActionTakenInvalid(string? actionTaken)
    {
        Given(Opened()).When(Resolve(actionTaken: actionTaken!)).ThenError(DomainErrorKind.Invalid, "action-taken-invalid");
    }

    [Fact]
    public void GivenActiveCase_WhenResolveWithActionTakenOver10000Characters_ThenActionTakenInvalid()
    {
        Given(Opened()).When(Resolve(actionTaken: new string('a', 10_001))).ThenError(DomainErrorKind.Invalid, "action-taken-invalid");
    }
}
