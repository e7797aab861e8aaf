using InsiderRisk.Bench.Harness;

namespace InsiderRisk.Bench.Results;

/// <summary>
/// Which RESULT lines a run prints: every figure of each scenario's largest scale on each store (the
/// issue's sizes at 1.0), then each growth as <c>{figure}_growth</c> = cost growth ÷ data growth.
/// </summary>
public static class ResultLines
{
    public const string GrowthSuffix = "_growth";

    public static IEnumerable<string> For(BenchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        IEnumerable<ScenarioRun> headlines = results.Runs
            .GroupBy(run => (run.Scenario, run.Store))
            .Select(group => group.MaxBy(run => run.Scale)!);
        foreach (ScenarioRun run in headlines)
        {
            foreach (Figure figure in run.Figures)
            {
                yield return ResultLine.Format(run.Scenario, run.Store, figure);
            }
        }

        foreach (GrowthRow row in GrowthReport.From(results.Runs))
        {
            var growth = new Figure(row.Figure + GrowthSuffix, "× linear", row.VsLinear);
            yield return ResultLine.Format(row.Scenario, row.Store, growth);
        }
    }
}
