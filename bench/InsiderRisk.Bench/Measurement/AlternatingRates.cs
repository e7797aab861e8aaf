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

    private static long s_sink;

    public static long Sink => Volatile.Read(ref s_sink);

    public static RatePair Measure(Func<long> candidate, Func<long> baseline, long itemsPerPass, MeasurementPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(itemsPerPass);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(plan.Rounds);

        WarmUp(candidate, itemsPerPass, plan);
        WarmUp(baseline, itemsPerPass, plan);
        var candidateRates = new double[plan.Rounds];
        var baselineRates = new double[plan.Rounds];
        for (int i = 0; i < plan.Rounds; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            candidateRates[i] = Round(candidate, itemsPerPass, plan.MinRoundDuration);
            baselineRates[i] = Round(baseline, itemsPerPass, plan.MinRoundDuration);
        }

        return new RatePair(Percentiles.Median(candidateRates), Percentiles.Median(baselineRates));
    }

    /// <summary>
    /// At least <see cref="MeasurementPlan.Warmup"/>, then on until two rounds in a row agree within
    /// <see cref="StableWithin"/> (tiered JIT and PGO replace the code in steps; on a busy machine
    /// that takes longer), but never longer than <see cref="MaxWarmups"/> × the planned warmup.
    /// </summary>
    private static void WarmUp(Func<long> pass, long itemsPerPass, MeasurementPlan plan)
    {
        long start = Stopwatch.GetTimestamp();
        double previous = Round(pass, itemsPerPass, plan.MinRoundDuration);
        while (Stopwatch.GetElapsedTime(start) < plan.Warmup * MaxWarmups)
        {
            double current = Round(pass, itemsPerPass, plan.MinRoundDuration);
            if (Stopwatch.GetElapsedTime(start) >= plan.Warmup && Math.Abs(current / previous - 1) <= StableWithin)
            {
                return;
            }

            previous = current;
        }
    }

    /// <summary>Runs the pass until <paramref name="atLeast"/> has passed (at least once); items per second.</summary>
    private static double Round(Func<long> pass, long itemsPerPass, TimeSpan atLeast)
    {
        long passes = 0;
        long checksum = 0;
        long start = Stopwatch.GetTimestamp();
        TimeSpan elapsed;
        do
        {
            checksum ^= pass();
            passes++;
            elapsed = Stopwatch.GetElapsedTime(start);
        }
        while (elapsed < atLeast);

        Interlocked.Add(ref s_sink, checksum);
        return passes * itemsPerPass / elapsed.TotalSeconds;
    }
}
