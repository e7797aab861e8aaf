using System.Diagnostics;

namespace InsiderRisk.Bench.Measurement;

/// <summary>
/// Samples the managed heap and the working set on a background thread while a scenario runs.
/// <see cref="Process.PeakWorkingSet64"/> alone is process-wide and never falls, so it cannot tell
/// one scenario from the one before; the sampled peaks can.
/// </summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _thread;
    private readonly TimeSpan _interval;
    private readonly long _startManaged;
    private long _peakManaged;
    private long _peakWorkingSet;
    private int _samples;

    private MemorySampler(TimeSpan interval)
    {
        _interval = interval;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _startManaged = GC.GetTotalMemory(forceFullCollection: false);
        Sample();
        _thread = new Thread(Loop) { IsBackground = true, Name = "memory-sampler", Priority = ThreadPriority.AboveNormal };
        _thread.Start();
    }

    public static MemorySampler Start(TimeSpan interval) => new(interval);

    /// <summary>Stops sampling (after one last sample) and returns the peaks.</summary>
    public MemoryPeak Stop()
    {
        if (!_stop.IsSet)
        {
            _stop.Set();
            _thread.Join();
            Sample();
        }

        _process.Refresh();
        return new MemoryPeak(_startManaged, _peakManaged, _peakWorkingSet, _process.PeakWorkingSet64, _samples);
    }

    public void Dispose()
    {
        Stop();
        _stop.Dispose();
        _process.Dispose();
    }

    private void Loop()
    {
        while (!_stop.Wait(_interval))
        {
            Sample();
        }
    }

    private void Sample()
    {
        long managed = Math.Max(GC.GetTotalMemory(forceFullCollection: false), GC.GetGCMemoryInfo().HeapSizeBytes);
        _process.Refresh();
        _peakManaged = Math.Max(_peakManaged, managed);
        _peakWorkingSet = Math.Max(_peakWorkingSet, _process.WorkingSet64);
        _samples++;
    }
}
