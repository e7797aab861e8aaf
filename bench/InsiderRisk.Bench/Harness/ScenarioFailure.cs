namespace InsiderRisk.Bench.Harness;

/// <summary>A run that threw: reported, and the harness exits non-zero, but the other runs go on.</summary>
public sealed record ScenarioFailure(string Scenario, StoreKind Store, double Scale, string Error);
