using InsiderRisk.Bench.Measurement;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Commands;

/// <summary>The commands scenario's figures: concurrent writers against one writer.</summary>
public static class CommandFigures
{
    public static IReadOnlyList<Figure> Of(CommandTally concurrent, CommandTally single, LatencySummary concurrentLatency, LatencySummary singleLatency, long mismatches)
    {
        ArgumentNullException.ThrowIfNull(concurrent);
        ArgumentNullException.ThrowIfNull(single);
        ArgumentNullException.ThrowIfNull(concurrentLatency);
        ArgumentNullException.ThrowIfNull(singleLatency);
        return
        [
            new Figure("commands_per_s", "commands/s", concurrent.PerSecond, single.PerSecond, Growth: GrowthKind.Throughput),
            new Figure("command_p50_ms", "ms", concurrentLatency.P50, singleLatency.P50, Growth: GrowthKind.Cost),
            new Figure("command_p95_ms", "ms", concurrentLatency.P95, singleLatency.P95, Growth: GrowthKind.Cost),
            new Figure("command_p99_ms", "ms", concurrentLatency.P99, singleLatency.P99, Growth: GrowthKind.Cost),
            new Figure(
                "command_p99_over_p50",
                "×",
                concurrentLatency.P99 / concurrentLatency.P50,
                singleLatency.P99 / singleLatency.P50,
                FigureTarget.ValueAtMost(CommandsScenario.MaxP99OverP50)),
            new Figure("lost_or_duplicated_events", "events", mismatches, Target: FigureTarget.ValueAtMost(0)),
        ];
    }
}
