namespace InsiderRisk.Bench.Measurement;

/// <summary>Memory seen while one scenario ran.</summary>
/// <param name="StartManagedBytes">Managed heap after a full collection, just before the run.</param>
/// <param name="PeakManagedBytes">Highest sampled managed heap (live and not yet collected objects).</param>
/// <param name="PeakWorkingSetBytes">Highest sampled working set of the process during the run.</param>
/// <param name="ProcessPeakWorkingSetBytes">The OS's peak working set since the process started (never goes down).</param>
public sealed record MemoryPeak(
    long StartManagedBytes,
    long PeakManagedBytes,
    long PeakWorkingSetBytes,
    long ProcessPeakWorkingSetBytes,
    int Samples);
