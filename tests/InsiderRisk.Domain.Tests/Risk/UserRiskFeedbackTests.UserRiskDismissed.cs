using InsiderRisk.Domain.Risk;
using static InsiderRisk.Domain.Tests.Risk.Builders;

namespace InsiderRisk.Domain.Tests.Risk;

public sealed partial class UserRiskFeedbackTests
{
    [Fact]
    public void GivenARiskyUser_WhenRiskDismissed_ThenNoneDismissedAndEverySignInWithActiveRiskClosed()
    {
        UserRiskProfile before = Profile((UserCompromised(), DaysAgo(3)), (SignInCompromised("s1"), DaysAgo(3)), (SignInSafe("s3"), DaysAgo(3)));
        RiskAlertFact[] alerts = [Alert(90, daysAgo: 5).OnSignIn("s1"), Alert(80, daysAgo: 4).OnSignIn("s2"), Alert(70, daysAgo: 4).OnSignIn("s3"), Alert(60, daysAgo: 2)];

        UserRiskProfile after = before.Given(UserDismissed(), DaysAgo(1));

        UserRiskAssessment user = Assess(after, alerts);
        Assert.Equal((0, RiskLevel.None, RiskState.Dismissed), (user.Score, user.Level, user.State));
        Assert.Empty(user.Contributions);
        Assert.Empty(user.Detections);
        Assert.Equal(RiskState.Dismissed, AssessSignIn(after, "s1", alerts).State);
        Assert.Equal(new SignInRiskAssessment(new SignInId("s2"), RiskLevel.None, RiskState.Dismissed), AssessSignIn(after, "s2", alerts));
        Assert.Equal(RiskState.ConfirmedSafe, AssessSignIn(after, "s3", alerts).State);
    }

    [Fact]
    public void GivenADismissedUser_WhenNewAlertsArrive_ThenOnlyThoseCountAndTheUserIsAtRiskAgain()
    {
        UserRiskProfile profile = Profile((UserDismissed(), DaysAgo(10)));

        UserRiskAssessment user = Assess(profile, [Alert(100, daysAgo: 20, id: "before"), Alert(100, daysAgo: 5, id: "after")]);

        Assert.Equal((38, RiskState.AtRisk), (user.Score, user.State));
        Assert.Equal([new AlertId("after")], user.Contributions.Select(c => c.AlertId));
    }

    [Fact]
    public void GivenADismissal_WhenAnyLaterFeedbackArrives_ThenAlertsBeforeItNeverCountAgain()
    {
        RiskAlertFact[] alerts = [Alert(100, daysAgo: 20).OnSignIn("s1"), Alert(100, daysAgo: 20).Confirmed()];
        UserRiskProfile reconfirmed = Profile(
            (UserDismissed(), DaysAgo(10)),
            (UserCompromised(), DaysAgo(8)),
            (SignInCompromised("s1"), DaysAgo(7)),
            (SignInSafe("s1"), DaysAgo(6)),
            (CaseResolved("c1", RiskCaseOutcome.ConfirmedPolicyViolation), DaysAgo(5)));

        UserRiskAssessment held = Assess(reconfirmed, alerts);
        UserRiskAssessment dismissedAgain = Assess(reconfirmed.Given(UserDismissed(), DaysAgo(4)), alerts);

        Assert.Equal((RiskLevels.HighFrom, 0), (held.Score, held.FormulaScore));
        Assert.Empty(held.Contributions);
        Assert.Equal((0, RiskState.Dismissed), (dismissedAgain.Score, dismissedAgain.State));
        Assert.Empty(dismissedAgain.Detections);
    }

    [Fact]
    public void GivenADismissal_WhenAnEarlierDismissalIsProcessedLate_ThenTheLaterOneStands()
    {
        UserRiskProfile profile = Profile((UserDismissed(), DaysAgo(2)), (UserDismissed(), DaysAgo(9)));

        Assert.Equal(DaysAgo(2), profile.DismissedAt);
        Assert.Equal(0, Assess(profile, [Alert(100, daysAgo: 5)]).Score);
    }

    [Fact]
    public void GivenACaseResolvedAsViolationBeforeADismissal_WhenAssessed_ThenItNoLongerHoldsTheUserHigh()
    {
        UserRiskProfile profile = Profile(
            (CaseResolved("c1", RiskCaseOutcome.ConfirmedPolicyViolation), DaysAgo(3)),
            (UserDismissed(), DaysAgo(2)));

        Assert.Equal(RiskLevel.None, Assess(profile, []).Level);
    }
}
