using System.Diagnostics;

namespace InsiderRisk.Bench.Measurement;

/// <summary>
/// Measures a candidate pass against a baseline pass on the calling thread, alternating them round
/// by round so that a noisy neighbour slows both alike, and takes each one's median round.
/// </summary>
/// <remarks>
/// A pass returns a checksum; it is folded into <see cref="Sink"/> so the JIT cannot drop the work.
/// </remarks>
public static class AlternatingRates
{
    private const double StableWithin = 0.10;
    private const int MaxWarmups = 4;
    private const int MaxWallPerRound = 20;

    private static long s_sink;

    public static long Sink => Volatile.Read(ref s_sink);

    public static RatePair Measure(
        Func<long> candidate,
        Func<long> baseline,
        long itemsPerPass,
        MeasurementPlan plan,
        RateClock clock = RateClock.Wall,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(itemsPerPass);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(plan.Rounds);

        var meter = new Meter(itemsPerPass, clock);
        meter.WarmUp(candidate, plan);
        meter.WarmUp(baseline, plan);
        var candidateRates = new double[plan.Rounds];
        var baselineRates = new double[plan.Rounds];
        for (int i = 0; i < plan.Rounds; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            candidateRates[i] = meter.Round(candidate, plan.MinRoundDuration);
            baselineRates[i] = meter.Round(baseline, plan.MinRoundDuration);
        }

        return new RatePair(Percentiles.Median(candidateRates), Percentiles.Median(baselineRates));
    }

    private readonly record struct Meter(long ItemsPerPass, RateClock Clock)
    {
        /// <summary>
        /// At least <see cref="MeasurementPlan.Warmup"/>, then on until two rounds in a row agree within
        /// <see cref="StableWithin"/> (tiered JIT and PGO replace the code in steps; on a busy machine
        /// that takes longer), but never longer than <see cref="MaxWarmups"/> × the planned warmup.
        /// </summary>
        public void WarmUp(Func<long> pass, MeasurementPlan plan)
        {
            long start = Stopwatch.GetTimestamp();
            double previous = Round(pass, plan.MinRoundDuration);
            while (Stopwatch.GetElapsedTime(start) < plan.Warmup * MaxWarmups)
            {
                double current = Round(pass, plan.MinRoundDuration);
                if (Stopwatch.GetElapsedTime(start) >= plan.Warmup && Math.Abs(current / previous - 1) <= StableWithin)
                {
                    return;
                }

                previous = current;
            }
        }

        /// <summary>
        /// Runs the pass until <paramref name="atLeast"/> has passed on the clock (at least once);
        /// items per second of that clock. A pass that uses no CPU cannot hold a CPU-clock round
        /// forever: the round also ends after <see cref="MaxWallPerRound"/> × its length in wall time.
        /// </summary>
        public double Round(Func<long> pass, TimeSpan atLeast)
        {
            long passes = 0;
            long checksum = 0;
            long wallStart = Stopwatch.GetTimestamp();
            TimeSpan start = Clock.Read();
            TimeSpan elapsed;
            do
            {
                checksum ^= pass();
                passes++;
                elapsed = Clock.Read() - start;
            }
            while (elapsed < atLeast && Stopwatch.GetElapsedTime(wallStart) < atLeast * MaxWallPerRound);

            Interlocked.Add(ref s_sink, checksum);
            return elapsed > TimeSpan.Zero ? passes * ItemsPerPass / elapsed.TotalSeconds : double.PositiveInfinity;
        }
    }
}
