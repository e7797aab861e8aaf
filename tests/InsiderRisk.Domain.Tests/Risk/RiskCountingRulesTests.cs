using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Risk;
using static InsiderRisk.Domain.Tests.Risk.Builders;

namespace InsiderRisk.Domain.Tests.Risk;

public sealed class RiskCountingRulesTests
{
    private static bool Counts(RiskAlertFact alert, UserRiskProfile? profile = null, RiskScoringSettings? settings = null) =>
        RiskCountingRules.For(profile ?? UserRiskProfile.Empty, settings ?? Settings, Now).Counts(alert);

    [Theory]
    [InlineData(AlertStatus.NeedsReview, null, true)]
    [InlineData(AlertStatus.Confirmed, null, true)]
    [InlineData(AlertStatus.Resolved, RiskCaseOutcome.ConfirmedPolicyViolation, true)]
    [InlineData(AlertStatus.Resolved, RiskCaseOutcome.Benign, false)]
    [InlineData(AlertStatus.Resolved, null, false)]
    [InlineData(AlertStatus.Dismissed, null, false)]
    [InlineData(AlertStatus.Confirmed, RiskCaseOutcome.Benign, false)]
    public void GivenAStatusAndCaseOutcome_WhenCounting_ThenOnlyLiveOrViolationAlertsCount(AlertStatus status, RiskCaseOutcome? outcome, bool expected) =>
        Assert.Equal(expected, Counts(Alert(80) with { Status = status, CaseOutcome = outcome }));

    [Fact]
    public void GivenTheDefaultWindow_WhenAnAlertIsExactly90DaysOld_ThenItCounts()
    {
        Assert.True(Counts(Alert(80).DetectedAt(Now - TimeSpan.FromDays(90))));
        Assert.False(Counts(Alert(80).DetectedAt(Now - TimeSpan.FromDays(90) - TimeSpan.FromTicks(1))));
    }

    [Fact]
    public void GivenAConfiguredWindow_WhenCounting_ThenItsEdgeApplies()
    {
        var settings = new RiskScoringSettings(TimeSpan.FromDays(30), 1.25, 1.5);

        Assert.True(Counts(Alert(80, daysAgo: 30), settings: settings));
        Assert.False(Counts(Alert(80, daysAgo: 30.001), settings: settings));
    }

    [Fact]
    public void GivenADetectionSlightlyAheadOfNow_WhenCounting_ThenItCounts() =>
        Assert.True(Counts(Alert(80).DetectedAt(Now + TimeSpan.FromMinutes(2))));

    [Fact]
    public void GivenAnAlertThatLeftTheWindow_WhenAssessed_ThenOnlyTheRestScore()
    {
        UserRiskAssessment assessment = Assess(Alert(100, daysAgo: 91, id: "old"), Alert(100, daysAgo: 89, id: "recent"));

        Assert.Equal(38, assessment.Score);
        Assert.Equal([new AlertId("recent")], assessment.Contributions.Select(c => c.AlertId));
    }

    [Fact]
    public void GivenASignInConfirmedSafe_WhenCounting_ThenOnlyItsDetectionsStop()
    {
        UserRiskProfile profile = Profile((SignInSafe("s1"), DaysAgo(1)));

        Assert.False(Counts(Alert(80, daysAgo: 2).OnSignIn("s1"), profile));
        Assert.True(Counts(Alert(80, daysAgo: 2).OnSignIn("s2"), profile));
        Assert.True(Counts(Alert(80, daysAgo: 2), profile));
    }

    [Fact]
    public void GivenADismissal_WhenCounting_ThenOnlyAlertsDetectedStrictlyAfterItCount()
    {
        DateTimeOffset dismissedAt = DaysAgo(10);
        UserRiskProfile profile = Profile((UserDismissed(), dismissedAt));

        Assert.False(Counts(Alert(80).DetectedAt(dismissedAt - TimeSpan.FromHours(1)), profile));
        Assert.False(Counts(Alert(80).DetectedAt(dismissedAt), profile));
        Assert.True(Counts(Alert(80).DetectedAt(dismissedAt + TimeSpan.FromTicks(1)), profile));
    }
}
