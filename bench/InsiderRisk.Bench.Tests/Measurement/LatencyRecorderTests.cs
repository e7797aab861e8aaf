using InsiderRisk.Bench.Measurement;

namespace InsiderRisk.Bench.Tests.Measurement;

public sealed class LatencyRecorderTests
{
    [Fact]
    public async Task ConcurrentWritersLoseNoSample()
    {
        var recorder = new LatencyRecorder();
        Task[] writers =
        [
            .. Enumerable.Range(0, 16).Select(w => Task.Run(() =>
            {
                for (int i = 1; i <= 1000; i++)
                {
                    recorder.Record(TimeSpan.FromMilliseconds(i));
                }
            })),
        ];
        await Task.WhenAll(writers);

        LatencySummary summary = recorder.Summarize();

        Assert.Equal(16_000, summary.Count);
        Assert.Equal(500, summary.P50);
        Assert.Equal(950, summary.P95);
        Assert.Equal(990, summary.P99);
        Assert.Equal(1000, summary.Max);
    }

    [Fact]
    public async Task TimedOperationIsRecordedEvenWhenItThrows()
    {
        var recorder = new LatencyRecorder();

        Assert.Equal(3, await recorder.TimeAsync(() => Task.FromResult(3)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => recorder.TimeAsync<int>(() => throw new InvalidOperationException()));

        Assert.Equal(2, recorder.Count);
    }

    [Fact]
    public void SummaryOfNothingIsRejected() =>
        Assert.Throws<InvalidOperationException>(() => new LatencyRecorder().Summarize());
}
