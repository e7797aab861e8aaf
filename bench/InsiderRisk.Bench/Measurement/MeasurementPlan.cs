namespace InsiderRisk.Bench.Measurement;

/// <summary>How long to warm up (at least) and measure a repeated pass; quick keeps <c>all --quick</c> within minutes.</summary>
/// <param name="Rounds">Timed rounds per measured pass (odd, so the median is one of them).</param>
/// <param name="MinRoundDuration">A round repeats the pass until at least this much time has passed.</param>
public sealed record MeasurementPlan(TimeSpan Warmup, int Rounds, TimeSpan MinRoundDuration)
{
    public static MeasurementPlan Quick { get; } = new(TimeSpan.FromMilliseconds(500), 5, TimeSpan.FromMilliseconds(100));

    public static MeasurementPlan Full { get; } = new(TimeSpan.FromSeconds(1), 9, TimeSpan.FromMilliseconds(400));

    public static MeasurementPlan For(bool quick) => quick ? Quick : Full;
}
