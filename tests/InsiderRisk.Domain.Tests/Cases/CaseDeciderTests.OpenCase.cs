using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.CaseSpec;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed partial class CaseDeciderTests
{
    [Fact]
    public void GivenNoCase_WhenOpenCase_ThenCaseOpenedWithReviewDueAndOpenerAsFirstContributor()
    {
        Given()
            .When(OpenCase(Alert("alert-1")))
            .Then(
                new CaseEvent.CaseOpened(TheCaseId, CaseName, User, [Alert("alert-1")]) { At = T0, By = Analyst },
                ReviewDue(2, T0))
            .ThenState(state =>
            {
                Assert.Equal(CaseStatus.Active, state.Status);
                Assert.Equal<string>([Analyst], state.Contributors);
                Assert.Equal(1, state.TotalPolicyAlerts());
                Assert.All(state.Alerts, alert => Assert.Equal(AlertStatus.Confirmed, alert.Status));
                Assert.Equal((T0, Analyst), (state.LastUpdatedAt, state.LastUpdatedBy));
                Assert.Equal(T0 + TimeSpan.FromHours(72), state.DueAt);
            });
    }

    [Fact]
    public void GivenNoCase_WhenOpenCaseWithComment_ThenCommentIsFirstNoteByConfirmingPerson()
    {
        Given()
            .When(OpenCase() with { Comment = "Copied 300 files to USB", By = Investigator })
            .Then(
                new CaseEvent.CaseOpened(TheCaseId, CaseName, User, [Alert("alert-1")]) { At = T0, By = Investigator },
                Note(2, "Copied 300 files to USB", T0, Investigator),
                ReviewDue(3, T0, by: Investigator));
    }

    [Fact]
    public void GivenTeamsIntegrationOn_WhenOpenCase_ThenTeamCreationRequested()
    {
        Given()
            .With(CasePolicy.Default with { TeamsIntegrationEnabled = true })
            .When(OpenCase())
            .Then(
                new CaseEvent.CaseOpened(TheCaseId, CaseName, User, [Alert("alert-1")]) { At = T0, By = Analyst },
                new CaseEvent.TeamCreationRequested(Request(2, new EffectPayload.CreateTeam(CaseName, Analyst))) { At = T0, By = Analyst },
                ReviewDue(3, T0));
    }

    [Theory]
    [InlineData(Severity.High, 24)]
    [InlineData(Severity.Medium, 72)]
    [InlineData(Severity.Low, 168)]
    public void GivenNoCase_WhenOpenCase_ThenReviewIsDueAfterTheSlaOfTheHighestSeverity(Severity highest, int hours)
    {
        Given()
            .When(OpenCase(Alert("alert-low", Severity.Low), Alert("alert-top", highest)))
            .ThenState(state =>
            {
                Assert.Equal(T0.AddHours(hours), state.DueAt);
                Assert.Equal(T0.AddHours(hours), state.FindEffect(Fx(2))!.DueAt);
                Assert.Equal(highest, state.HighestSeverity());
            });
    }

    [Fact]
    public void GivenConfiguredSla_WhenOpenCase_ThenReviewDueFollowsIt()
    {
        Given()
            .With(CasePolicy.Default with { HighSeverityReview = TimeSpan.FromHours(4) })
            .When(OpenCase(Alert("alert-1", Severity.High)))
            .Then(
                new CaseEvent.CaseOpened(TheCaseId, CaseName, User, [Alert("alert-1", Severity.High)]) { At = T0, By = Analyst },
                new CaseEvent.ReviewDueScheduled(At(4), Request(2, new EffectPayload.ReviewDueTimer(), At(4))) { At = T0, By = Analyst });
    }

    [Fact]
    public void GivenNoCase_WhenOpenCaseWithTheSameAlertTwice_ThenItIsAttachedOnce()
    {
        Given()
            .When(OpenCase(Alert("alert-1"), Alert("alert-1")))
            .ThenState(state => Assert.Equal(1, state.TotalPolicyAlerts()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void GivenNoCase_WhenOpenCaseWithoutName_ThenCaseNameInvalid(string? name)
    {
        Given().When(OpenCase() with { Name = name! }).ThenError(DomainErrorKind.Invalid, "case-name-invalid");
    }

    [Fact]
    public void GivenNoCase_WhenOpenCaseWithNameOver200Characters_ThenCaseNameInvalid()
    {
        Given().When(OpenCase() with { Name = new string('n', 201) }).ThenError(DomainErrorKind.Invalid, "case-name-invalid");
        Given().When(OpenCase() with { Name = new string('n', 200) }).ThenState(state => Assert.Equal(200, state.Name.Length));
    }

    [Fact]
    public void GivenNoCase_WhenOpenCaseWithoutAlerts_ThenAlertsRequired()
    {
        Given().When(OpenCase() with { Alerts = [] }).ThenError(DomainErrorKind.Invalid, "alerts-required");
        Given().When(OpenCase() with { Alerts = default }).ThenError(DomainErrorKind.Invalid, "alerts-required");
    }

    [Theory]
    [InlineData("")]
    [InlineData("case/1")]
    [InlineData("case\\1")]
    [InlineData("case#1")]
    [InlineData("case?1")]
    [InlineData("case\t1")]
    public void GivenNoCase_WhenOpenCaseWithUnsafeId_ThenCaseIdInvalid(string caseId)
    {
        Given().When(OpenCase() with { CaseId = new CaseId(caseId) }).ThenError(DomainErrorKind.Invalid, "case-id-invalid");
    }

    [Fact]
    public void GivenNoCase_WhenOpenCaseWithCommentOver10000Characters_ThenNoteTextInvalid()
    {
        Given().When(OpenCase() with { Comment = new string('c', 10_001) }).ThenError(DomainErrorKind.Invalid, "note-text-invalid");
    }

    [Fact]
    public void GivenOpenedCase_WhenOpenCaseAgain_ThenCaseAlreadyExists()
    {
        Given(Opened()).When(OpenCase()).ThenError(DomainErrorKind.Conflict, "case-already-exists");
    }

    [Fact]
    public void GivenCaseOpenedByRequest_WhenTheSameRequestIsRetried_ThenNothing()
    {
        var open = OpenCase() with { RequestId = "confirm-7" };
        var opened = Given().When(open).Decision.Events;

        Given([.. opened]).When(open).ThenNothing();
    }
}
