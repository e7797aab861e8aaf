using System.Diagnostics;

namespace InsiderRisk.Bench.Measurement;

/// <summary>What a rate is per second of.</summary>
public enum RateClock
{
    /// <summary>Elapsed time: for work that waits (I/O, locks), where waiting is part of the cost.</summary>
    Wall,

    /// <summary>
    /// CPU time of the whole process: for single-threaded CPU-bound passes, a rate per core that a
    /// busy machine's time slicing does not distort (time spent descheduled is not counted).
    /// </summary>
    ProcessCpu,
}

internal static class RateClocks
{
    public static TimeSpan Read(this RateClock clock) =>
        clock == RateClock.ProcessCpu ? Environment.CpuUsage.TotalTime : Stopwatch.GetElapsedTime(0);
}
