using InsiderRisk.Domain.Risk;
using static InsiderRisk.Domain.Tests.Risk.Builders;

namespace InsiderRisk.Domain.Tests.Risk;

public sealed class UserRiskAssessorTests
{
    [Fact]
    public void GivenCountedAlerts_WhenAssessed_ThenEachContributionIsListedHighestFirst()
    {
        UserRiskAssessment user = Assess(Alert(40, id: "b"), Alert(100, id: "a"), Alert(40, daysAgo: 3, id: "c"));

        Assert.Equal(
            [("a", 100, 1), ("b", 40, 2), ("c", 40, 3)],
            user.Contributions.Select(c => (c.AlertId.Value, c.RiskScore, c.Rank)));
        Assert.Equal(100 * (40 / Math.Pow(2, 1.5)) / 261.2, user.Contributions[1].Contribution, 12);
        Assert.Equal(ExpectedScore(40, 100, 40), user.Score);
    }

    [Fact]
    public void GivenAnAssessment_WhenReturned_ThenItRecordsWhenAndWhichProfileVersion()
    {
        UserRiskProfile profile = Profile((SignInSafe("s9"), DaysAgo(1)), (SignInSafe("s8"), DaysAgo(1)));

        UserRiskAssessment user = Assess(profile, [Alert(10)]);

        Assert.Equal((Now, 2L), (user.ComputedAt, user.ProfileVersion));
        Assert.Equal((RiskLevel.Low, RiskState.AtRisk), (user.Level, user.State));
    }

    [Fact]
    public void GivenNoAlertsAndNoFeedback_WhenAssessed_ThenNone()
    {
        UserRiskAssessment user = Assess();

        Assert.Equal((0, RiskLevel.None, RiskState.None), (user.Score, user.Level, user.State));
    }

    [Fact]
    public void GivenSeveralFloors_WhenAssessed_ThenDetectionsAreListedOldestFirst()
    {
        UserRiskProfile profile = Profile(
            (CaseResolved("c1", RiskCaseOutcome.ConfirmedPolicyViolation), DaysAgo(3)),
            (SignInCompromised("s1"), DaysAgo(5)),
            (UserCompromised(), DaysAgo(4)));

        UserRiskAssessment user = Assess(profile, []);

        Assert.Equal(
            [FeedbackDetectionKind.AdminConfirmedSignInCompromised, FeedbackDetectionKind.AdminConfirmedUserCompromised, FeedbackDetectionKind.CaseConfirmedPolicyViolation],
            user.Detections.Select(d => d.Kind));
        Assert.Equal(RiskLevels.HighFrom, user.Score);
    }
}
