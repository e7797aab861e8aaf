namespace InsiderRisk.Bench.Harness;

/// <summary>What the command line asked to run, in the runner's terms.</summary>
/// <param name="Stores">Persistent stores selected by <c>--store</c>; memory scenarios ignore it.</param>
public sealed record BenchSelection(IReadOnlySet<StoreKind> Stores, IReadOnlyList<double> Scales, bool Quick, int Seed)
{
    public IEnumerable<StoreKind> StoresFor(IScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Enum.GetValues<StoreKind>().Where(store =>
            scenario.Stores.Contains(store) && (store == StoreKind.Memory || Stores.Contains(store)));
    }
}
