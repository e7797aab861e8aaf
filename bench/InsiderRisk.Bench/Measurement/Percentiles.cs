namespace InsiderRisk.Bench.Measurement;

/// <summary>Nearest-rank percentiles: the reported value is always one that was measured.</summary>
public static class Percentiles
{
    /// <param name="percentile">0 &lt; p ≤ 100.</param>
    public static double Of(IReadOnlyList<double> values, double percentile)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("No values to take a percentile of.", nameof(values));
        }

        if (!(percentile > 0 && percentile <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "A percentile is in (0, 100].");
        }

        double[] sorted = [.. values];
        Array.Sort(sorted);
        return OfSorted(sorted, percentile);
    }

    public static double Median(IReadOnlyList<double> values) => Of(values, 50);

    /// <summary>Same as <see cref="Of"/> on values already sorted ascending, without copying.</summary>
    internal static double OfSorted(ReadOnlySpan<double> sorted, double percentile)
    {
        int rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
