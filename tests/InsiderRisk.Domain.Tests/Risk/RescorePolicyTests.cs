using InsiderRisk.Domain.Risk;
using static InsiderRisk.Domain.Tests.Risk.Builders;

namespace InsiderRisk.Domain.Tests.Risk;

public sealed class RescorePolicyTests
{
    private static readonly RiskInputsFingerprint Inputs = new(AlertsVersion: 7, ProfileVersion: 2, SettingsVersion: 1);

    [Fact]
    public void GivenAUserNeverScored_WhenDeciding_ThenRescore() =>
        Assert.Equal(RescoreReason.NeverScored, RescorePolicy.Decide(null, null, Inputs, Now));

    [Theory]
    [InlineData(8, 2, 1)]
    [InlineData(7, 3, 1)]
    [InlineData(7, 2, 2)]
    public void GivenAnyInputChanged_WhenDeciding_ThenRescore(long alerts, long profile, long settings) =>
        Assert.Equal(RescoreReason.InputsChanged, RescorePolicy.Decide(Inputs, Now + TimeSpan.FromDays(30), new RiskInputsFingerprint(alerts, profile, settings), Now));

    [Fact]
    public void GivenUnchangedInputs_WhenTheOldestCountedAlertIsStillInTheWindow_ThenUpToDate()
    {
        UserRiskAssessment last = Assess(Alert(80, daysAgo: 89), Alert(60, daysAgo: 10));

        Assert.Equal(Now + TimeSpan.FromDays(1), last.ValidUntil);
        Assert.Equal(RescoreReason.UpToDate, RescorePolicy.Decide(Inputs, last.ValidUntil, Inputs, Now + TimeSpan.FromDays(1)));
        Assert.False(RescorePolicy.MustRescore(Inputs, last.ValidUntil, Inputs, Now + TimeSpan.FromDays(1)));
    }

    [Fact]
    public void GivenUnchangedInputs_WhenTheOldestCountedAlertHasLeftTheWindow_ThenRescoreAndTheScoreDrops()
    {
        RiskAlertFact[] alerts = [Alert(80, daysAgo: 89), Alert(60, daysAgo: 10)];
        UserRiskAssessment last = Assess(alerts);
        DateTimeOffset later = Now + TimeSpan.FromDays(1) + TimeSpan.FromTicks(1);

        Assert.Equal(RescoreReason.AgedOut, RescorePolicy.Decide(Inputs, last.ValidUntil, Inputs, later));
        Assert.True(Assess(UserRiskProfile.Empty, alerts, at: later).Score < last.Score);
    }

    [Fact]
    public void GivenACaseFloor_WhenAssessed_ThenItsResolutionBoundsTheValidity()
    {
        UserRiskProfile profile = UserRiskProfile.Empty.Given(CaseResolved("c1", RiskCaseOutcome.ConfirmedPolicyViolation), DaysAgo(80));

        UserRiskAssessment last = Assess(profile, [Alert(50, daysAgo: 5)]);

        Assert.Equal(DaysAgo(80) + Settings.Window, last.ValidUntil);
    }

    [Fact]
    public void GivenNothingTimeBound_WhenAssessed_ThenValidUntilInputsChange()
    {
        UserRiskAssessment last = Assess(UserRiskProfile.Empty.Given(UserCompromised(), Now), [Alert(50).Dismissed()]);

        Assert.Null(last.ValidUntil);
        Assert.Equal(RescoreReason.UpToDate, RescorePolicy.Decide(Inputs, last.ValidUntil, Inputs, Now + TimeSpan.FromDays(1000)));
    }
}
