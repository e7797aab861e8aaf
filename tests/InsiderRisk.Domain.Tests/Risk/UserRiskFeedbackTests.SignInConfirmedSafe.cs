using InsiderRisk.Domain.Risk;
using static InsiderRisk.Domain.Tests.Risk.Builders;

namespace InsiderRisk.Domain.Tests.Risk;

public sealed partial class UserRiskFeedbackTests
{
    [Fact]
    public void GivenARiskySignIn_WhenConfirmedSafe_ThenItsRiskIsNoneAndItsDetectionsStopCounting()
    {
        RiskAlertFact[] alerts = [Alert(100, id: "on-s1").OnSignIn("s1"), Alert(50, id: "other")];
        SignInRiskAssessment before = AssessSignIn(UserRiskProfile.Empty, "s1", alerts);
        Assert.Equal((RiskLevel.Low, RiskState.AtRisk), (before.Level, before.State));

        UserRiskProfile profile = UserRiskProfile.Empty.Given(SignInSafe("s1"), Now);

        Assert.Equal(new SignInRiskAssessment(new SignInId("s1"), RiskLevel.None, RiskState.ConfirmedSafe), AssessSignIn(profile, "s1", alerts));
        UserRiskAssessment user = Assess(profile, alerts);
        Assert.Equal(ExpectedScore(50), user.Score);
        Assert.Equal([new AlertId("other")], user.Contributions.Select(c => c.AlertId));
    }
}
