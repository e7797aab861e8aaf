using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Reads;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Tests.Reads;

public sealed class ReadsScenarioTests
{
    [Fact]
    public async Task GivenSqlite_WhenTheReadsRunOnAFewHundredCases_ThenEveryFigureIsMeasuredAgainstThePointRead()
    {
        var context = new ScenarioContext(StoreKind.Sqlite, 0.003, Quick: true, Seed: 5, TextWriter.Null, CancellationToken.None);

        IReadOnlyList<Figure> figures = await new ReadsScenario().RunAsync(context);

        string[] expected =
        [
            "case_queue_p50_ms", "case_queue_p95_ms", "case_filter_p50_ms", "case_filter_p95_ms",
            "case_search_p50_ms", "case_search_p95_ms", "case_overview_p50_ms", "case_overview_p95_ms",
        ];
        Assert.Equal(expected, figures.Select(f => f.Name));
        Assert.All(figures, f => Assert.True(f.Value > 0 && f.Baseline > 0, $"{f.Name}: {f.Value} vs {f.Baseline}"));
        Assert.All(
            new[] { "case_queue", "case_filter", "case_search", "case_overview" },
            read => Assert.True(Value(figures, read + "_p50_ms") <= Value(figures, read + "_p95_ms"), read));
        Assert.Equal(FigureTarget.ValueAtMost(ReadsScenario.QueueP95TargetMs), Assert.Single(figures, f => f.Name == "case_queue_p95_ms").Target);
    }

    private static double Value(IReadOnlyList<Figure> figures, string name) => Assert.Single(figures, f => f.Name == name).Value;
}
