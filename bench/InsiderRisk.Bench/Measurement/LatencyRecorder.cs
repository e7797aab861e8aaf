using System.Diagnostics;

namespace InsiderRisk.Bench.Measurement;

/// <summary>Collects operation latencies from any number of concurrent writers.</summary>
public sealed class LatencyRecorder
{
    private readonly Lock _gate = new();
    private readonly List<double> _milliseconds = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _milliseconds.Count;
            }
        }
    }

    public void Record(TimeSpan latency)
    {
        lock (_gate)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
        }
    }

    /// <summary>Times one operation and records it, whether it succeeds or throws.</summary>
    public async Task<T> TimeAsync<T>(Func<Task<T>> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        long start = Stopwatch.GetTimestamp();
        try
        {
            return await operation();
        }
        finally
        {
            Record(Stopwatch.GetElapsedTime(start));
        }
    }

    public LatencySummary Summarize()
    {
        double[] sorted;
        lock (_gate)
        {
            sorted = [.. _milliseconds];
        }

        if (sorted.Length == 0)
        {
            throw new InvalidOperationException("No latency was recorded.");
        }

        Array.Sort(sorted);
        return new LatencySummary(
            sorted.Length,
            Percentiles.OfSorted(sorted, 50),
            Percentiles.OfSorted(sorted, 95),
            Percentiles.OfSorted(sorted, 99),
            sorted[^1]);
    }
}
