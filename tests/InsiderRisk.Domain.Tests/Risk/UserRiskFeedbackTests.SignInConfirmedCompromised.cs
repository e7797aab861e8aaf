using InsiderRisk.Domain.Risk;
using static InsiderRisk.Domain.Tests.Risk.Builders;

namespace InsiderRisk.Domain.Tests.Risk;

public sealed partial class UserRiskFeedbackTests
{
    [Fact]
    public void GivenALowRiskSignIn_WhenConfirmedCompromised_ThenTheSignInAndTheUserAreHigh()
    {
        RiskAlertFact[] alerts = [Alert(10).OnSignIn("s1")];
        Assert.Equal(RiskLevel.Low, Assess(UserRiskProfile.Empty, alerts).Level);

        UserRiskProfile profile = UserRiskProfile.Empty.Given(SignInCompromised("s1"), Now);

        Assert.Equal(new SignInRiskAssessment(new SignInId("s1"), RiskLevel.High, RiskState.ConfirmedCompromised), AssessSignIn(profile, "s1", alerts));
        UserRiskAssessment user = Assess(profile, alerts);
        Assert.Equal(RiskLevel.High, user.Level);
        Assert.Equal(RiskLevels.HighFrom, user.Score);
        Assert.Equal(RiskState.AtRisk, user.State);
        FeedbackDetection detection = Assert.Single(user.Detections);
        Assert.Equal(FeedbackDetectionKind.AdminConfirmedSignInCompromised, detection.Kind);
        Assert.Equal(new SignInId("s1"), detection.SignInId);
    }

    [Fact]
    public void GivenASignInConfirmedCompromised_WhenLaterConfirmedSafe_ThenTheUserIsNoLongerHeldHigh()
    {
        UserRiskProfile profile = Profile((SignInCompromised("s1"), DaysAgo(2)), (SignInSafe("s1"), DaysAgo(1)));

        UserRiskAssessment user = Assess(profile, [Alert(10).OnSignIn("s1")]);

        Assert.Equal(0, user.Score);
        Assert.Empty(user.Detections);
    }
}
