using InsiderRisk.Domain.Risk;
using static InsiderRisk.Domain.Tests.Risk.Builders;

namespace InsiderRisk.Domain.Tests.Risk;

public sealed partial class UserRiskFeedbackTests
{
    [Fact]
    public void GivenALowRiskUser_WhenConfirmedCompromised_ThenHighConfirmedCompromisedWithTheAdminDetection()
    {
        RiskAlertFact[] alerts = [Alert(20)];
        Assert.Equal(RiskLevel.Low, Assess(UserRiskProfile.Empty, alerts).Level);

        UserRiskAssessment user = Assess(UserRiskProfile.Empty.Given(UserCompromised(), DaysAgo(1)), alerts);

        Assert.Equal(RiskLevel.High, user.Level);
        Assert.Equal(RiskState.ConfirmedCompromised, user.State);
        FeedbackDetection detection = Assert.Single(user.Detections);
        Assert.Equal("Admin confirmed user compromised", detection.Name);
        Assert.Equal(DaysAgo(1), detection.At);
        Assert.Equal(ExpectedScore(20), user.FormulaScore);
    }

    [Fact]
    public void GivenAUserScoringAboveHigh_WhenConfirmedCompromised_ThenTheHigherScoreStays()
    {
        RiskAlertFact[] alerts = [.. Enumerable.Range(0, 10).Select(_ => Alert(100))];

        UserRiskAssessment user = Assess(UserRiskProfile.Empty.Given(UserCompromised(), Now), alerts);

        Assert.Equal(ExpectedScore([.. Enumerable.Repeat(100, 10)]), user.Score);
        Assert.True(user.Score > RiskLevels.HighFrom);
    }

    [Fact]
    public void GivenAUserConfirmedCompromised_WhenNothingCountsAnyMore_ThenStillHighUntilDismissed()
    {
        UserRiskProfile profile = Profile((UserCompromised(), DaysAgo(1)), (SignInSafe("s1"), Now));
        RiskAlertFact[] alerts = [Alert(90).OnSignIn("s1"), Alert(40, daysAgo: 2).Dismissed()];

        UserRiskAssessment muchLater = Assess(profile, alerts, at: Now + TimeSpan.FromDays(400));
        UserRiskAssessment dismissed = Assess(profile.Given(UserDismissed(), Now + TimeSpan.FromDays(400)), alerts, at: Now + TimeSpan.FromDays(400));

        Assert.Equal((RiskLevel.High, RiskState.ConfirmedCompromised), (muchLater.Level, muchLater.State));
        Assert.Equal((RiskLevel.None, RiskState.Dismissed), (dismissed.Level, dismissed.State));
    }
}
