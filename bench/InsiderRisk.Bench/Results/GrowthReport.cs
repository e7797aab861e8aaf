using InsiderRisk.Bench.Harness;

namespace InsiderRisk.Bench.Results;

public static class GrowthReport
{
    /// <summary>One row per figure that grows with data and was measured at two or more scales.</summary>
    public static IReadOnlyList<GrowthRow> From(IEnumerable<ScenarioRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return
        [
            .. runs
                .SelectMany(run => run.Figures
                    .Where(figure => figure.Growth != GrowthKind.None)
                    .Select(figure => (run.Scenario, run.Store, Figure: figure, run.Scale)))
                .GroupBy(x => (x.Scenario, x.Store, x.Figure.Name))
                .Select(group => new GrowthRow(
                    group.Key.Scenario,
                    group.Key.Store,
                    group.Key.Name,
                    group.First().Figure.Growth,
                    [.. group.OrderBy(x => x.Scale).Select(x => new GrowthPoint(x.Scale, x.Figure.Value))]))
                .Where(row => row.Points.Select(p => p.Scale).Distinct().Count() >= 2),
        ];
    }
}
