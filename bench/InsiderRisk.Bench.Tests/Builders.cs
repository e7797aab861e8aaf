using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Measurement;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Tests;

internal static class Builders
{
    public static MemoryPeak Memory(long peakManaged = 10 << 20) => new(1 << 20, peakManaged, 50 << 20, 60 << 20, 3);

    public static ScenarioRun Run(double scale, params Figure[] figures) => Run("scoring", StoreKind.Memory, scale, figures);

    public static ScenarioRun Run(string scenario, StoreKind store, double scale, params Figure[] figures) =>
        new(scenario, store, scale, figures, Memory(), TimeSpan.FromSeconds(1));

    public static Figure Rate(double value, double? baseline = null, FigureTarget? target = null) =>
        new("alerts_per_s", "alerts/s", value, baseline, target, GrowthKind.Throughput);

    public static Figure Cost(string name, double value) => new(name, "ms", value, Growth: GrowthKind.Cost);

    public static ScenarioContext Context(double scale = 0.001) =>
        new(StoreKind.Memory, scale, Quick: true, Seed: 7, TextWriter.Null, CancellationToken.None);

    public static ScenarioContext StoreContext(StoreKind store, double scale) =>
        new(store, scale, Quick: true, Seed: 11, TextWriter.Null, CancellationToken.None);

    public static Figure Single(IReadOnlyList<Figure> figures, string scenario, string name) =>
        Assert.Single(figures, figure => figure.Name == name && (figure.Scenario ?? scenario) == scenario);

    public static MeasurementPlan TinyPlan { get; } = new(TimeSpan.FromMilliseconds(1), 3, TimeSpan.FromMilliseconds(1));
}
