using InsiderRisk.Domain.Risk;
using static InsiderRisk.Domain.Tests.Risk.Builders;

namespace InsiderRisk.Domain.Tests.Risk;

public sealed class RiskScoreExamplesTests
{
    [Fact]
    public void GivenOneAlertOf100_WhenScored_Then38()
    {
        Assert.Equal(38, RiskScore.Compute([100]));
        Assert.Equal(38, Assess(Alert(100)).Score);
    }

    [Fact]
    public void GivenTwoAlertsOf100_WhenScored_ThenSecondWeighsOneOverTwoToThe1_5()
    {
        int expected = (int)Math.Round(100 * (100 + 100 / Math.Pow(2, 1.5)) / 261.2, MidpointRounding.AwayFromZero);

        Assert.Equal(52, expected);
        Assert.Equal(expected, RiskScore.Compute([100, 100]));
    }

    [Fact]
    public void GivenNoAlerts_WhenScored_ThenZero()
    {
        Assert.Equal(0, RiskScore.Compute([]));
        Assert.Equal(0.0, RiskScore.Raw([]));
    }

    [Theory]
    [InlineData(new[] { 50 }, 19)]
    [InlineData(new[] { 10, 90, 40 }, 41)]
    [InlineData(new[] { 0, 0, 1 }, 0)]
    [InlineData(new[] { 2, 0 }, 1)]
    public void GivenScores_WhenScored_ThenTheFormulaHolds(int[] riskScores, int expected)
    {
        Assert.Equal(ExpectedScore(riskScores), expected);
        Assert.Equal(expected, RiskScore.Compute(riskScores));
    }

    [Fact]
    public void GivenManyHighAlerts_WhenScored_ThenApproachesAndCapsAt100()
    {
        Assert.Equal(ExpectedScore(Enumerable.Repeat(100, 50).ToArray()), RiskScore.Compute(Enumerable.Repeat(100, 50).ToArray()));
        Assert.True(RiskScore.Compute(Enumerable.Repeat(100, 50).ToArray()) is > 85 and < 100);
        Assert.Equal(100, RiskScore.Compute(Enumerable.Repeat(100, 100_000).ToArray()));
    }

    [Fact]
    public void GivenMoreAlertsThanTheWeightTable_WhenScored_ThenStillTheFormula()
    {
        int[] riskScores = Enumerable.Range(0, 6000).Select(i => i % 3).ToArray();

        Assert.Equal(ExpectedScore(riskScores), RiskScore.Compute(riskScores));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void GivenAScoreOutside0To100_WhenScored_ThenRejected(int riskScore)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskScore.Compute([50, riskScore]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskScoreExplainer.Explain([Alert(riskScore)]));
    }

    [Fact]
    public void GivenAHistogram_WhenScored_ThenSameAsTheScores()
    {
        var counts = new int[101];
        counts[100] = 2;
        counts[40] = 1;

        Assert.Equal(RiskScore.Raw([40, 100, 100]), RiskScore.RawFromCounts(counts));
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskScore.RawFromCounts(new int[100]));
    }
}
