using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Tests.Results;

public sealed class FigureTests
{
    [Fact]
    public void RatioIsValueOverBaseline() =>
        Assert.Equal(0.25, Builders.Rate(25, baseline: 100).Ratio);

    [Fact]
    public void NoBaselineOrAZeroBaselineGivesNoRatio()
    {
        Assert.Null(Builders.Rate(25).Ratio);
        Assert.Null(Builders.Rate(25, baseline: 0).Ratio);
    }

    [Fact]
    public void NoTargetMeansNeitherMetNorMissed() =>
        Assert.Null(Builders.Rate(25, baseline: 100).Met);

    [Theory]
    [InlineData(5_000_000, true)]
    [InlineData(4_999_999, false)]
    public void ValueAtLeast(double value, bool met) =>
        Assert.Equal(met, Builders.Rate(value, baseline: 1, FigureTarget.ValueAtLeast(5_000_000)).Met);

    [Theory]
    [InlineData(70, true)]
    [InlineData(69, false)]
    public void RatioAtLeast(double value, bool met) =>
        Assert.Equal(met, Builders.Rate(value, baseline: 100, FigureTarget.RatioAtLeast(0.7)).Met);

    [Theory]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void RatioAtMost(double value, bool met) =>
        Assert.Equal(met, Builders.Rate(value, baseline: 100, FigureTarget.RatioAtMost(0.05)).Met);

    [Fact]
    public void ValueAtMost() =>
        Assert.Equal([true, false], new[] { 10.0, 10.5 }.Select(v => FigureTarget.ValueAtMost(10).IsMet(v, null)));

    [Fact]
    public void ARatioTargetWithoutABaselineIsMissed() =>
        Assert.False(Builders.Rate(100, target: FigureTarget.RatioAtLeast(0.7)).Met);

    [Fact]
    public void TargetsReadAsTheIssueWritesThem()
    {
        Assert.Equal("value ≥ 5,000,000", FigureTarget.ValueAtLeast(5_000_000).ToString());
        Assert.Equal("ratio ≤ 0.05", FigureTarget.RatioAtMost(0.05).ToString());
    }
}
