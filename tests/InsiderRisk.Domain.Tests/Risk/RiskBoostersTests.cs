using InsiderRisk.Domain.Risk;
using static InsiderRisk.Domain.Tests.Risk.Builders;

namespace InsiderRisk.Domain.Tests.Risk;

public sealed class RiskBoostersTests
{
    [Theory]
    [InlineData(false, false, 38)]
    [InlineData(true, false, 48)]
    [InlineData(false, true, 57)]
    [InlineData(true, true, 71)]
    public void GivenOneAlertOf100_WhenBoosted_ThenFactorsMultiplyTheRoundedScore(bool priority, bool highImpact, int expected)
    {
        UserRiskAssessment assessment = Assess(UserRiskProfile.Empty, [Alert(100)], new RiskBoosterMembership(priority, highImpact));

        Assert.Equal(38, assessment.FormulaScore);
        Assert.Equal(expected, assessment.Score);
        Assert.Equal(expected, assessment.BoostedScore);
    }

    [Fact]
    public void GivenBothBoosters_WhenAssessed_ThenBothAreListedWithTheirFactors()
    {
        UserRiskAssessment assessment = Assess(UserRiskProfile.Empty, [Alert(100)], new RiskBoosterMembership(true, true));

        Assert.Equal(
            [new AppliedBooster(RiskBoosterKind.PriorityUserGroup, 1.25), new AppliedBooster(RiskBoosterKind.PotentialHighImpactUser, 1.5)],
            assessment.Boosters);
    }

    [Fact]
    public void GivenAHighScore_WhenBoosted_ThenCappedAt100()
    {
        var settings = new RiskScoringSettings(TimeSpan.FromDays(90), 3.0, 4.0);

        Assert.Equal(100, RiskBoosters.Apply(60, new RiskBoosterMembership(true, true), settings));
    }

    [Fact]
    public void GivenConfiguredFactors_WhenBoosted_ThenTheyAreUsed()
    {
        var settings = new RiskScoringSettings(TimeSpan.FromDays(30), 2.0, 1.0);

        Assert.Equal(76, RiskBoosters.Apply(38, new RiskBoosterMembership(true, false), settings));
        Assert.Equal(38, RiskBoosters.Apply(38, RiskBoosterMembership.NoBoosters, settings));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void GivenAFactorBelowOneOrNotFinite_WhenConfigured_ThenRejected(double factor)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RiskScoringSettings(TimeSpan.FromDays(90), factor, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RiskScoringSettings(TimeSpan.FromDays(90), 1.25, factor));
    }

    [Fact]
    public void GivenAnEmptyWindow_WhenConfigured_ThenRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RiskScoringSettings(TimeSpan.Zero, 1.25, 1.5));
}
