namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>How many independent table calls one request runs at once (point reads and writes in different partitions).</summary>
internal static class StorageParallelism
{
    public const int Reads = 16;

    public const int Writes = 8;
}
