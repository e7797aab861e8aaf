using System.Diagnostics;
using InsiderRisk.Bench.Measurement;
using InsiderRisk.Functions.Cases.Index;

namespace InsiderRisk.Bench.Reads;

/// <summary>
/// Sends the reads one at a time, rotating through the queue queries and picking seeded cases at
/// random (seeded): per round one queue request, one overview and one point read.
/// </summary>
public sealed class ReadRunner(ReadProbe probe, IReadOnlyList<(string Name, CaseListQuery Query)> queries, IReadOnlyList<SeededCase> sample, int seed)
{
    private readonly Random random = new(seed);

    /// <summary>Cases the queue requests returned, so a run that listed nothing is visible.</summary>
    public long Listed { get; private set; }

    /// <summary>Rounds (each one request of each kind) before measuring: the JIT and the store's caches settle.</summary>
    public static int Warmup(bool quick) => quick ? 6 : 30;

    public static int Requests(bool quick) => quick ? 24 : 300;

    /// <summary>Cases overviews and point reads pick from (each also gets its event stream when seeded).</summary>
    public static int SampleSize(bool quick) => quick ? 100 : 1_000;

    public async Task RunAsync(int rounds, ReadTimings timings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timings);
        for (int round = 0; round < rounds; round++)
        {
            var (name, query) = queries[round % queries.Count];
            long start = Stopwatch.GetTimestamp();
            Listed += await probe.QueueAsync(query, cancellationToken);
            TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
            timings.Queue.Record(elapsed);
            (CaseQueueQueries.IsTextSearch(query) ? timings.Search : timings.Filter).Record(elapsed);
            if (!timings.ByQuery.TryGetValue(name, out LatencyRecorder? recorder))
            {
                timings.ByQuery[name] = recorder = new LatencyRecorder();
            }

            recorder.Record(elapsed);

            SeededCase viewed = sample[random.Next(sample.Count)];
            await timings.Overview.TimeAsync(() => probe.OverviewAsync(viewed, cancellationToken));
            SeededCase read = sample[random.Next(sample.Count)];
            await timings.PointRead.TimeAsync(() => probe.PointReadAsync(read, cancellationToken));
        }
    }
}
