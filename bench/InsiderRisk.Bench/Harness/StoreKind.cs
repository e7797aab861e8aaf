namespace InsiderRisk.Bench.Harness;

/// <summary>Where a scenario's data lives; the names are the ones RESULT lines and <c>--store</c> use.</summary>
public enum StoreKind
{
    /// <summary>The embedded SQLite store.</summary>
    Sqlite,

    /// <summary>Azure Table Storage / Queues as emulated by Azurite, started as the tests start it.</summary>
    Azurite,

    /// <summary>No store: the scenario measures in-process work only.</summary>
    Memory,
}
