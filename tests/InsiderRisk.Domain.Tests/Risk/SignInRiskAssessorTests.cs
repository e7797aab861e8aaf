using InsiderRisk.Domain.Risk;
using static InsiderRisk.Domain.Tests.Risk.Builders;

namespace InsiderRisk.Domain.Tests.Risk;

public sealed class SignInRiskAssessorTests
{
    [Fact]
    public void GivenNoFeedback_WhenASignInIsAssessed_ThenItsLevelIsTheFormulaOverItsOwnDetections()
    {
        RiskAlertFact[] alerts = [Alert(100).OnSignIn("s1"), Alert(100).OnSignIn("s1"), Alert(100).OnSignIn("s2"), Alert(100)];

        Assert.Equal(RiskLevels.FromScore(ExpectedScore(100, 100)), AssessSignIn(UserRiskProfile.Empty, "s1", alerts).Level);
        Assert.Equal(RiskState.AtRisk, AssessSignIn(UserRiskProfile.Empty, "s1", alerts).State);
    }

    [Fact]
    public void GivenASignInWithNothingCounting_WhenAssessed_ThenNone()
    {
        RiskAlertFact[] alerts = [Alert(100).OnSignIn("s1").Dismissed(), Alert(100, daysAgo: 100).OnSignIn("s1")];

        Assert.Equal(new SignInRiskAssessment(new SignInId("s1"), RiskLevel.None, RiskState.None), AssessSignIn(UserRiskProfile.Empty, "s1", alerts));
    }

    [Fact]
    public void GivenASignInClosedByDismissal_WhenANewDetectionArrives_ThenAtRiskAgain()
    {
        UserRiskProfile profile = Profile((SignInCompromised("s1"), DaysAgo(5)), (UserDismissed(), DaysAgo(4)));

        SignInRiskAssessment signIn = AssessSignIn(profile, "s1", Alert(100, daysAgo: 6).OnSignIn("s1"), Alert(60, daysAgo: 1).OnSignIn("s1"));

        Assert.Equal((RiskLevels.FromScore(ExpectedScore(60)), RiskState.AtRisk), (signIn.Level, signIn.State));
    }
}
