using System.Text.Json;
using InsiderRisk.Bench.Cli;
using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Tests.Cli;

[Collection(CpuTimedCollection.Name)]
public sealed class BenchProgramTests
{
    [Fact]
    public async Task AQuickScoringRunPrintsTheTablesAndOneResultLinePerFigure()
    {
        using var output = new StringWriter();

        int exit = await BenchProgram.RunAsync(["scoring", "--quick", "--scale", "0.002,0.01"], output, CancellationToken.None);

        string text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("Figures (ratio = value ÷ baseline", text, StringComparison.Ordinal);
        Assert.Contains("Peak memory per run", text, StringComparison.Ordinal);
        Assert.Contains("Growth with data", text, StringComparison.Ordinal);
        JsonElement[] results =
        [
            .. text.Split('\n')
                .Where(line => line.StartsWith(ResultLine.Prefix, StringComparison.Ordinal))
                .Select(line => JsonDocument.Parse(line[ResultLine.Prefix.Length..]).RootElement),
        ];
        string[] figures = [.. results.Select(r => r.GetProperty("figure").GetString()!)];
        Assert.Equal(
            [
                "alerts_per_s", "counted_alerts_per_s", "assessed_alerts_per_s", "peak_heap_mb", "peak_working_set_mb",
                "alerts_per_s_growth", "counted_alerts_per_s_growth", "assessed_alerts_per_s_growth", "peak_heap_mb_growth", "peak_working_set_mb_growth",
            ],
            figures);
        Assert.All(results, r => Assert.Equal(
            ["scenario", "store", "figure", "value", "baseline", "ratio", "target", "met"],
            r.EnumerateObject().Select(p => p.Name)));
        JsonElement scoring = results[0];
        Assert.Equal("scoring", scoring.GetProperty("scenario").GetString());
        Assert.Equal("memory", scoring.GetProperty("store").GetString());
        Assert.Equal(5_000_000, scoring.GetProperty("target").GetDouble());
        Assert.Equal(
            scoring.GetProperty("value").GetDouble() / scoring.GetProperty("baseline").GetDouble(),
            scoring.GetProperty("ratio").GetDouble(),
            tolerance: 0.001); // value, baseline and ratio are each printed rounded
    }

    [Fact]
    public async Task ListNamesOnlyTheScenariosThatExist()
    {
        using var output = new StringWriter();

        int exit = await BenchProgram.RunAsync(["list"], output, CancellationToken.None);

        Assert.Equal(0, exit);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ScenarioCatalog.All.Select(s => s.Name), lines.Select(line => line.Split(' ')[0]));
    }

    [Fact]
    public async Task AnUnknownScenarioExitsWithTwoAndNamesTheRegisteredOnes()
    {
        using var output = new StringWriter();

        int exit = await BenchProgram.RunAsync(["nope"], output, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("Unknown scenario 'nope'; registered: scoring, ingest, recompute_full, recompute_incremental, commands, reads.", output.ToString(), StringComparison.Ordinal);
    }
}
