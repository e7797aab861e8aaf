using InsiderRisk.Bench.Measurement;

namespace InsiderRisk.Bench.Tests.Measurement;

[Collection(CpuTimedCollection.Name)]
public sealed class AlternatingRatesTests
{
    private static long Spin(TimeSpan duration)
    {
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        long spins = 0;
        while (System.Diagnostics.Stopwatch.GetElapsedTime(start) < duration)
        {
            spins++;
        }

        return spins;
    }

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
    public void OnTheCpuClockSpinningTenTimesLongerMeasuresAboutTenTimesSlower()
    {
        RatePair rates = AlternatingRates.Measure(
            () => Spin(TimeSpan.FromMilliseconds(2)),
            () => Spin(TimeSpan.FromMilliseconds(0.2)),
            itemsPerPass: 1,
            new MeasurementPlan(TimeSpan.FromMilliseconds(10), 3, TimeSpan.FromMilliseconds(20)),
            RateClock.ProcessCpu);

        Assert.InRange(rates.Baseline / rates.Candidate, 3, 30);
        Assert.True(rates.Candidate >= 100, "a CPU-bound 2 ms pass runs about 500 times per CPU-second");
    }

    [Fact]
    public void APassThatUsesNoCpuCannotHoldACpuClockRoundForever()
    {
        var plan = new MeasurementPlan(TimeSpan.FromMilliseconds(1), 1, TimeSpan.FromMilliseconds(5));
        long start = System.Diagnostics.Stopwatch.GetTimestamp();

        AlternatingRates.Measure(() => { Thread.Sleep(1); return 1; }, () => 1, 1, plan, RateClock.ProcessCpu);

        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(start) < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void CancellationStopsBetweenRounds()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => AlternatingRates.Measure(() => 1, () => 1, 1, Builders.TinyPlan, cancellationToken: cancelled.Token));
    }
}
