using System.Globalization;
using InsiderRisk.Bench.Harness;

namespace InsiderRisk.Bench.Results;

/// <summary>The readable report: figures, peak memory, growth across scales, failures.</summary>
public static class ResultTables
{
    public static void Write(TextWriter writer, BenchResults results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        writer.WriteLine();
        writer.WriteLine("Figures (ratio = value ÷ baseline, both measured in this run)");
        Figures(results.Runs).WriteTo(writer);
        writer.WriteLine();
        writer.WriteLine("Peak memory per run (heap and working set sampled every 20 ms during the run)");
        Memory(results.Runs).WriteTo(writer);
        IReadOnlyList<GrowthRow> growth = GrowthReport.From(results.Runs);
        if (growth.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Growth with data (vs linear = cost growth ÷ data growth; 1 = linear, < 1 better)");
            Growth(growth).WriteTo(writer);
        }

        foreach (ScenarioFailure failure in results.Failures)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAILED {failure.Scenario} on {failure.Store.Name()} at scale {failure.Scale:0.###}: {failure.Error}"));
        }
    }

    private static MarkdownTable Figures(IEnumerable<ScenarioRun> runs)
    {
        var table = new MarkdownTable("scenario", "store", ">scale", "figure", ">value", "unit", ">baseline", ">ratio", "target", "met");
        foreach (ScenarioRun run in runs)
        {
            foreach (Figure figure in run.Figures.Where(f => !MemoryFigures.Is(f)))
            {
                table.Add(
                    run.Scenario,
                    run.Store.Name(),
                    Scale(run.Scale),
                    figure.Name,
                    NumberText.Format(figure.Value),
                    figure.Unit,
                    NumberText.Format(figure.Baseline),
                    figure.Ratio is { } ratio ? ratio.ToString("0.000", CultureInfo.InvariantCulture) : "–",
                    figure.Target?.ToString() ?? "–",
                    figure.Met switch { true => "yes", false => "NO", null => "–" });
            }
        }

        return table;
    }

    private static MarkdownTable Memory(IEnumerable<ScenarioRun> runs)
    {
        var table = new MarkdownTable("scenario", "store", ">scale", ">heap at start MiB", ">peak heap MiB", ">peak working set MiB", ">process peak MiB", ">run s");
        foreach (ScenarioRun run in runs)
        {
            table.Add(
                run.Scenario,
                run.Store.Name(),
                Scale(run.Scale),
                Mebibytes(run.Memory.StartManagedBytes),
                Mebibytes(run.Memory.PeakManagedBytes),
                Mebibytes(run.Memory.PeakWorkingSetBytes),
                Mebibytes(run.Memory.ProcessPeakWorkingSetBytes),
                run.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        }

        return table;
    }

    private static MarkdownTable Growth(IEnumerable<GrowthRow> rows)
    {
        var table = new MarkdownTable("scenario", "store", "figure", "value by scale", ">data ×", ">cost ×", ">vs linear", "verdict");
        foreach (GrowthRow row in rows)
        {
            table.Add(
                row.Scenario,
                row.Store.Name(),
                row.Figure,
                string.Join("; ", row.Points.Select(p => $"{Scale(p.Scale)}: {NumberText.Format(p.Value)}")),
                row.DataGrowth.ToString("0.##", CultureInfo.InvariantCulture),
                row.CostGrowth.ToString("0.##", CultureInfo.InvariantCulture),
                row.VsLinear.ToString("0.00", CultureInfo.InvariantCulture),
                row.Verdict);
        }

        return table;
    }

    private static string Scale(double scale) => scale.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Mebibytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);
}
