using FsCheck;
using FsCheck.Fluent;
using InsiderRisk.Bench.Measurement;

namespace InsiderRisk.Bench.Tests.Measurement;

public sealed class PercentilesTests
{
    private static readonly double[] OneToHundred = [.. Enumerable.Range(1, 100).Select(i => (double)i)];

    [Theory]
    [InlineData(50, 50)]
    [InlineData(95, 95)]
    [InlineData(99, 99)]
    [InlineData(100, 100)]
    [InlineData(0.5, 1)]
    [InlineData(99.5, 100)]
    public void NearestRankOfOneToHundred(double percentile, double expected) =>
        Assert.Equal(expected, Percentiles.Of(OneToHundred, percentile));

    [Fact]
    public void OrderOfInputDoesNotMatter() =>
        Assert.Equal(30, Percentiles.Of([50, 10, 40, 20, 30], 60));

    [Fact]
    public void MedianOfEvenCountIsTheLowerMiddleValue() =>
        Assert.Equal(2, Percentiles.Median([4, 1, 3, 2]));

    [Fact]
    public void SingleValueIsEveryPercentile()
    {
        Assert.Equal(7, Percentiles.Of([7], 1));
        Assert.Equal(7, Percentiles.Of([7], 100));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100.1)]
    [InlineData(double.NaN)]
    public void PercentileOutsideRangeIsRejected(double percentile) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Of([1, 2], percentile));

    [Fact]
    public void NoValuesIsRejected() =>
        Assert.Throws<ArgumentException>(() => Percentiles.Of([], 50));

    [Fact]
    public void ResultIsAMeasuredValueWithAtLeastThatShareOfValuesAtOrBelowIt() =>
        Check.QuickThrowOnFailure(Prop.ForAll(
            Gen.Zip(Gen.Choose(-1000, 1000).Select(i => (double)i).NonEmptyListOf(), Gen.Choose(1, 1000).Select(p => p / 10.0)).ToArbitrary(),
            input =>
            {
                (IList<double> values, double percentile) = input;
                double result = Percentiles.Of([.. values], percentile);
                int atOrBelow = values.Count(v => v <= result);
                int below = values.Count(v => v < result);
                return values.Contains(result)
                    && atOrBelow >= percentile / 100 * values.Count
                    && below < percentile / 100 * values.Count;
            }));
}
