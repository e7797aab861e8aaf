using InsiderRisk.Domain.Risk;
using static InsiderRisk.Domain.Tests.Risk.Builders;

namespace InsiderRisk.Domain.Tests.Risk;

public sealed partial class UserRiskFeedbackTests
{
    [Fact]
    public void GivenALowRiskUser_WhenACaseIsResolvedAsViolation_ThenAtLeastHigh()
    {
        RiskAlertFact[] alerts = [Alert(30).ResolvedAs(RiskCaseOutcome.ConfirmedPolicyViolation)];

        UserRiskAssessment user = Assess(UserRiskProfile.Empty.Given(CaseResolved("c1", RiskCaseOutcome.ConfirmedPolicyViolation), Now), alerts);

        Assert.Equal((RiskLevels.HighFrom, RiskLevel.High, RiskState.AtRisk), (user.Score, user.Level, user.State));
        Assert.Equal(ExpectedScore(30), user.FormulaScore);
        FeedbackDetection detection = Assert.Single(user.Detections);
        Assert.Equal((FeedbackDetectionKind.CaseConfirmedPolicyViolation, new CaseId("c1")), (detection.Kind, detection.CaseId));
    }

    [Fact]
    public void GivenACaseResolvedAsViolation_WhenItsResolutionLeavesTheWindow_ThenTheFloorLapses()
    {
        UserRiskProfile profile = UserRiskProfile.Empty.Given(CaseResolved("c1", RiskCaseOutcome.ConfirmedPolicyViolation), Now);

        Assert.Equal(RiskLevel.High, Assess(profile, [], at: Now + TimeSpan.FromDays(90)).Level);
        Assert.Equal(RiskLevel.None, Assess(profile, [], at: Now + TimeSpan.FromDays(91)).Level);
    }

    [Fact]
    public void GivenAlertsInACase_WhenTheCaseIsResolvedBenign_ThenTheyStopCounting()
    {
        RiskAlertFact kept = Alert(40, id: "kept");
        RiskAlertFact inCase = Alert(100, id: "in-case").Confirmed();
        Assert.Equal(2, Assess(kept, inCase).Contributions.Count);

        UserRiskProfile profile = UserRiskProfile.Empty.Given(CaseResolved("c1", RiskCaseOutcome.Benign), Now);
        UserRiskAssessment user = Assess(profile, [kept, inCase.ResolvedAs(RiskCaseOutcome.Benign)]);

        Assert.Equal(ExpectedScore(40), user.Score);
        Assert.Equal([new AlertId("kept")], user.Contributions.Select(c => c.AlertId));
        Assert.Empty(user.Detections);
        Assert.Equal(new CaseResolution(RiskCaseOutcome.Benign, Now), profile.Cases[new CaseId("c1")]);
    }

    [Fact]
    public void GivenAResolvedCase_WhenItsResolutionIsRedelivered_ThenTheFirstStands()
    {
        UserRiskProfile once = UserRiskProfile.Empty.Given(CaseResolved("c1", RiskCaseOutcome.Benign), DaysAgo(2));

        Assert.Same(once, once.Given(CaseResolved("c1", RiskCaseOutcome.ConfirmedPolicyViolation), DaysAgo(1)));
    }
}
