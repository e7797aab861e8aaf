using InsiderRisk.Bench.Measurement;

namespace InsiderRisk.Bench.Tests.Measurement;

public sealed class AlternatingRatesTests
{
    [Fact]
    public void RunsBothPassesAndFoldsTheirChecksumsIntoTheSink()
    {
        int candidatePasses = 0;
        int baselinePasses = 0;
        long sinkBefore = AlternatingRates.Sink;

        RatePair rates = AlternatingRates.Measure(
            () => ++candidatePasses,
            () => ++baselinePasses,
            itemsPerPass: 1000,
            Builders.TinyPlan);

        Assert.True(candidatePasses >= 4 && baselinePasses >= 4, "a warmup round and three timed rounds each");
        Assert.True(rates.Candidate > 0 && double.IsFinite(rates.Candidate));
        Assert.True(rates.Baseline > 0 && double.IsFinite(rates.Baseline));
        Assert.NotEqual(sinkBefore, AlternatingRates.Sink);
    }

    [Fact]
    public void AMuchSlowerCandidateMeasuresSlower()
    {
        RatePair rates = AlternatingRates.Measure(
            () =>
            {
                Thread.Sleep(5);
                return 1;
            },
            () => 1,
            itemsPerPass: 1,
            Builders.TinyPlan);

        Assert.True(rates.Candidate < rates.Baseline / 10, $"{rates.Candidate} vs {rates.Baseline}");
        Assert.True(rates.Candidate < 1000 / 5.0 * 1.01, "at most one pass per 5 ms");
    }

    [Fact]
    public void CancellationStopsBetweenRounds()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => AlternatingRates.Measure(() => 1, () => 1, 1, Builders.TinyPlan, cancelled.Token));
    }
}
