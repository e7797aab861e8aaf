namespace InsiderRisk.Domain.Risk;

/// <summary>
/// The user risk formula, hot path: scores sorted descending s1 ≥ s2 ≥ …, raw = Σ s_i / i^1.5,
/// score = min(100, round(100 · raw / 261.2)) half away from zero.
/// </summary>
/// <remarks>
/// Scores are integers 0–100, so a counting sort over a stack histogram replaces sorting: no LINQ,
/// no allocation. Terms are added in rank order exactly as <see cref="RiskScoreExplainer"/> adds
/// them, so both paths give the same double and therefore the same score.
/// </remarks>
public static class RiskScore
{
    public const int MaxScore = 100;

    /// <summary>100·ζ(1.5): the raw value of an endless stream of 100s, which maps to a score of 100.</summary>
    public const double FullScaleRaw = 261.2;

    public static int Compute(ReadOnlySpan<int> riskScores) => FromRaw(Raw(riskScores));

    public static double Raw(ReadOnlySpan<int> riskScores)
    {
        Span<int> counts = stackalloc int[MaxScore + 1];
        foreach (int riskScore in riskScores)
        {
            counts[Checked(riskScore)]++;
        }

        return RawFromCounts(counts);
    }

    /// <summary>Scores the alerts the rules count, straight from the facts, without allocating.</summary>
    public static int ComputeCounted(ReadOnlySpan<RiskAlertFact> alerts, RiskCountingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Span<int> counts = stackalloc int[MaxScore + 1];
        foreach (ref readonly RiskAlertFact alert in alerts)
        {
            if (rules.Counts(alert))
            {
                counts[Checked(alert.RiskScore)]++;
            }
        }

        return FromRaw(RawFromCounts(counts));
    }

    /// <summary>Raw value from a histogram: <paramref name="counts"/>[s] alerts scored s (length 101).</summary>
    public static double RawFromCounts(ReadOnlySpan<int> counts)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(counts.Length, MaxScore + 1);
        double raw = 0.0;
        int rank = 1;
        // Zero scores only take ranks below every positive score: they add nothing.
        for (int riskScore = MaxScore; riskScore > 0; riskScore--)
        {
            for (int n = counts[riskScore]; n > 0; n--)
            {
                raw += Term(riskScore, rank++);
            }
        }

        return raw;
    }

    public static int FromRaw(double raw) => Cap(100.0 * raw / FullScaleRaw);

    internal static double Term(int riskScore, int rank) => riskScore * RankWeights.Of(rank);

    /// <summary>min(100, round half away from zero) of a non-negative value.</summary>
    internal static int Cap(double value) =>
        value >= MaxScore ? MaxScore : (int)Math.Round(value, MidpointRounding.AwayFromZero);

    internal static int Checked(int riskScore) =>
        (uint)riskScore <= MaxScore
            ? riskScore
            : throw new ArgumentOutOfRangeException(nameof(riskScore), riskScore, "A risk score is 0–100.");
}
