using InsiderRisk.Bench.Measurement;

namespace InsiderRisk.Bench.Harness;

/// <summary>What one run of a scenario is asked to do.</summary>
/// <param name="Scale">Fraction of the data size (1.0 = e.g. 100,000 users and 1,000,000 alerts).</param>
/// <param name="Quick">Shorter timings (see <see cref="Plan"/>); data sizes still follow <paramref name="Scale"/>.</param>
/// <param name="Seed">Makes generated data identical run to run.</param>
/// <param name="Log">Progress lines for people; figures go in the returned list, not here.</param>
public sealed record ScenarioContext(
    StoreKind Store,
    double Scale,
    bool Quick,
    int Seed,
    TextWriter Log,
    CancellationToken CancellationToken)
{
    public MeasurementPlan Plan => MeasurementPlan.For(Quick);

    /// <summary>A full-size count scaled, never below one.</summary>
    public int Scaled(int fullSize) => Math.Max(1, (int)Math.Round(fullSize * Scale, MidpointRounding.AwayFromZero));
}
