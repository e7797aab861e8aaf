using InsiderRisk.Bench.Measurement;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Harness;

/// <summary>One scenario on one store at one scale: its figures (memory included) and how long it took.</summary>
public sealed record ScenarioRun(
    string Scenario,
    StoreKind Store,
    double Scale,
    IReadOnlyList<Figure> Figures,
    MemoryPeak Memory,
    TimeSpan Elapsed);
