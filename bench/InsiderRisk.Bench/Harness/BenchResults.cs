namespace InsiderRisk.Bench.Harness;

public sealed record BenchResults(IReadOnlyList<ScenarioRun> Runs, IReadOnlyList<ScenarioFailure> Failures);
