namespace InsiderRisk.Bench.Harness;

/// <summary>What the command line asked to run, in the runner's terms.</summary>
/// <param name="Stores">Persistent stores selected by <c>--store</c>; memory scenarios ignore it.</param>
/// <param name="ScalesGiven">False when <paramref name="Scales"/> is a default: a quick run then uses a scenario's own <see cref="IScenario.QuickScales"/>.</param>
public sealed record BenchSelection(IReadOnlySet<StoreKind> Stores, IReadOnlyList<double> Scales, bool Quick, int Seed, bool ScalesGiven = true)
{
    public IReadOnlyList<double> ScalesFor(IScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Quick && !ScalesGiven && scenario.QuickScales is { Count: > 0 } own ? own : Scales;
    }

    public IEnumerable<StoreKind> StoresFor(IScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Enum.GetValues<StoreKind>().Where(store =>
            scenario.Stores.Contains(store) && (store == StoreKind.Memory || Stores.Contains(store)));
    }
}
