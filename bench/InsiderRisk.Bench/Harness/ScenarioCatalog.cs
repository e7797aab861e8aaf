using InsiderRisk.Bench.Cli;
using InsiderRisk.Bench.Ingest;
using InsiderRisk.Bench.Recompute;
using InsiderRisk.Bench.Scoring;

namespace InsiderRisk.Bench.Harness;

/// <summary>
/// Every scenario the harness knows; <c>all</c> runs them in this order. A new scenario is one
/// <see cref="IScenario"/> class added here.
/// </summary>
public static class ScenarioCatalog
{
    public static IReadOnlyList<IScenario> All { get; } =
    [
        new ScoringScenario(),
        new IngestScenario(),
        new RecomputeScenario(),
    ];

    /// <summary>The scenarios named, in catalog order; every scenario for an empty list.</summary>
    public static IReadOnlyList<IScenario> Select(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        string[] unknown = [.. names.Where(name => !All.Any(s => Answers(s, name)))];
        if (unknown.Length > 0)
        {
            throw new BenchUsageException(
                $"Unknown scenario {string.Join(", ", unknown.Select(n => $"'{n}'"))}; registered: {string.Join(", ", All.SelectMany(s => s.Names))}.");
        }

        return names.Count == 0
            ? All
            : [.. All.Where(s => names.Any(name => Answers(s, name)))];
    }

    private static bool Answers(IScenario scenario, string name) =>
        scenario.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || scenario.Names.Contains(name, StringComparer.OrdinalIgnoreCase);
}
