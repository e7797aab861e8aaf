using InsiderRisk.Bench.Measurement;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Reads;

/// <summary>The reads' figures, each against the point read's same percentile.</summary>
public static class ReadFigures
{
    /// <param name="queueP95TargetMs">The case queue's p95 target; null on a store the issue sets none for.</param>
    public static IReadOnlyList<Figure> Of(ReadTimings timings, double? queueP95TargetMs)
    {
        ArgumentNullException.ThrowIfNull(timings);
        LatencySummary point = timings.PointRead.Summarize();
        LatencySummary queue = timings.Queue.Summarize();
        LatencySummary filter = timings.Filter.Summarize();
        LatencySummary search = timings.Search.Summarize();
        LatencySummary overview = timings.Overview.Summarize();
        return
        [
            new Figure("case_queue_p50_ms", "ms", queue.P50, point.P50, Growth: GrowthKind.Cost),
            new Figure(
                "case_queue_p95_ms",
                "ms",
                queue.P95,
                point.P95,
                queueP95TargetMs is { } target ? FigureTarget.ValueAtMost(target) : null,
                GrowthKind.Cost),
            new Figure("case_filter_p50_ms", "ms", filter.P50, point.P50, Growth: GrowthKind.Cost),
            new Figure("case_filter_p95_ms", "ms", filter.P95, point.P95, Growth: GrowthKind.Cost),
            new Figure("case_search_p50_ms", "ms", search.P50, point.P50, Growth: GrowthKind.Cost),
            new Figure("case_search_p95_ms", "ms", search.P95, point.P95, Growth: GrowthKind.Cost),
            new Figure("case_overview_p50_ms", "ms", overview.P50, point.P50, Growth: GrowthKind.Cost),
            new Figure("case_overview_p95_ms", "ms", overview.P95, point.P95, Growth: GrowthKind.Cost),
        ];
    }
}
