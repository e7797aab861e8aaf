using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Recompute;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Tests.Recompute;

public sealed class RecomputeScenarioTests
{
    [Theory]
    [InlineData(StoreKind.Sqlite, 0.0005)]
    [InlineData(StoreKind.Azurite, 0.0002)]
    public async Task GivenAStore_WhenTheFullAndIncrementalRunsAreMeasured_ThenOnlyTheChangedUsersAreRescoredAndEveryFigureHasItsBaseline(StoreKind store, double scale)
    {
        var context = Builders.StoreContext(store, scale);

        IReadOnlyList<Figure> figures = await new RecomputeScenario().RunAsync(context);

        var full = Builders.Single(figures, RecomputeScenario.Full, "users_per_s");
        Assert.True(full.Value > 0 && full.Baseline > 0, $"{full.Value} vs {full.Baseline}");
        var scoring = Builders.Single(figures, RecomputeScenario.Full, "users_per_s_vs_scoring");
        Assert.True(scoring.Baseline > scoring.Value, "Scoring alone is faster than a run that also reads and writes.");
        var incremental = Builders.Single(figures, RecomputeScenario.Incremental, "run_s");
        Assert.True(incremental.Ratio is > 0 and < 1, $"incremental ÷ full = {incremental.Ratio}");
        // One user in a hundred, rounded up, got a new alert: the scenario itself checks the run rescored exactly them.
        int changed = (context.Scaled(RecomputeScenario.FullUsers) + 99) / 100;
        Assert.Equal(changed, Builders.Single(figures, RecomputeScenario.Incremental, "users_rescored").Value);
    }
}
