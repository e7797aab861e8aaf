using InsiderRisk.Bench.Measurement;

namespace InsiderRisk.Bench.Reads;

/// <summary>The latencies of one reads run: every queue request, those with filters only and the text searches among them, overviews and point reads.</summary>
public sealed class ReadTimings
{
    public LatencyRecorder Queue { get; } = new();

    public LatencyRecorder Filter { get; } = new();

    public LatencyRecorder Search { get; } = new();

    public LatencyRecorder Overview { get; } = new();

    /// <summary>Each queue query's own latencies, by its name in <see cref="CaseQueueQueries"/>, for the log.</summary>
    public Dictionary<string, LatencyRecorder> ByQuery { get; } = new(StringComparer.Ordinal);

    public LatencyRecorder PointRead { get; } = new();
}
