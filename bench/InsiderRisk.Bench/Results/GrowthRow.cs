using InsiderRisk.Bench.Harness;

namespace InsiderRisk.Bench.Results;

/// <summary>
/// How one figure changed from the smallest to the largest scale. <see cref="VsLinear"/> is the cost
/// growth over the data growth: 1 is linear, below 1 better than linear (e.g. flat memory while
/// streaming), above 1 worse.
/// </summary>
/// <param name="Points">Ordered by scale, at least two distinct scales.</param>
public sealed record GrowthRow(string Scenario, StoreKind Store, string Figure, GrowthKind Kind, IReadOnlyList<GrowthPoint> Points)
{
    /// <summary>Noise band inside which a growth still reads as linear.</summary>
    public const double LinearTolerance = 1.25;

    public double DataGrowth => Points[^1].Scale / Points[0].Scale;

    /// <summary>A throughput's cost is data ÷ rate; any other figure's cost is the figure itself.</summary>
    public double CostGrowth => Kind == GrowthKind.Throughput
        ? Points[^1].Scale / Points[^1].Value / (Points[0].Scale / Points[0].Value)
        : Points[^1].Value / Points[0].Value;

    public double VsLinear => CostGrowth / DataGrowth;

    public string Verdict =>
        !double.IsFinite(VsLinear) ? "n/a"
        : VsLinear > LinearTolerance ? "worse than linear"
        : VsLinear < 1 / LinearTolerance ? "better than linear"
        : "linear";
}
