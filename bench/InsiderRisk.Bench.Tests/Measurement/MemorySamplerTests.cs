using InsiderRisk.Bench.Measurement;

namespace InsiderRisk.Bench.Tests.Measurement;

public sealed class MemorySamplerTests
{
    [Fact]
    public void PeakHeapIncludesWhatTheRunHeld()
    {
        const int Size = 64 << 20;
        using MemorySampler sampler = MemorySampler.Start(TimeSpan.FromMilliseconds(5));
        byte[] held = new byte[Size];
        Array.Fill(held, (byte)1);

        MemoryPeak peak = sampler.Stop();
        GC.KeepAlive(held);

        Assert.True(peak.PeakManagedBytes >= peak.StartManagedBytes + Size, $"{peak.PeakManagedBytes} < {peak.StartManagedBytes} + {Size}");
        Assert.True(peak.PeakWorkingSetBytes >= Size, "the filled array is resident");
        Assert.True(peak.ProcessPeakWorkingSetBytes >= peak.PeakWorkingSetBytes);
        Assert.True(peak.Samples >= 2, "one at start, one at stop");
    }

    [Fact]
    public void StoppingTwiceGivesTheSamePeaks()
    {
        using MemorySampler sampler = MemorySampler.Start(TimeSpan.FromMilliseconds(5));
        MemoryPeak first = sampler.Stop();

        MemoryPeak second = sampler.Stop();

        Assert.Equal(first.PeakManagedBytes, second.PeakManagedBytes);
        Assert.Equal(first.Samples, second.Samples);
    }
}
