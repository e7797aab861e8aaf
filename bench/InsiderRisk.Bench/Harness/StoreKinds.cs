namespace InsiderRisk.Bench.Harness;

public static class StoreKinds
{
    /// <summary>What <c>--store all</c> (the default) selects; memory scenarios run whatever is selected.</summary>
    public static IReadOnlySet<StoreKind> Persistent { get; } = new HashSet<StoreKind> { StoreKind.Sqlite, StoreKind.Azurite };

    public static string Name(this StoreKind store) => store switch
    {
        StoreKind.Sqlite => "sqlite",
        StoreKind.Azurite => "azurite",
        StoreKind.Memory => "memory",
        _ => throw new ArgumentOutOfRangeException(nameof(store), store, null),
    };

    public static bool TryParse(string text, out StoreKind store)
    {
        foreach (StoreKind candidate in Enum.GetValues<StoreKind>())
        {
            if (string.Equals(candidate.Name(), text, StringComparison.OrdinalIgnoreCase))
            {
                store = candidate;
                return true;
            }
        }

        store = default;
        return false;
    }
}
