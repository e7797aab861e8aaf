using InsiderRisk.Bench.Commands;
using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Tests.Commands;

public sealed class CommandsScenarioTests
{
    // 8 cases, 32 commands per mode.
    private const double SmallScale = 0.008;

    [Fact]
    public async Task GivenSqlite_WhenSixteenWritersRunTheMix_ThenNoEventIsLostOrDuplicatedAndTheFiguresAreSane()
    {
        IReadOnlyList<Figure> figures = await RunAsync(StoreKind.Sqlite);

        AssertSane(figures);
    }

    [Fact]
    public async Task GivenAzurite_WhenSixteenWritersRunTheMix_ThenNoEventIsLostOrDuplicatedAndTheFiguresAreSane()
    {
        // Azurite is started as the storage tests start it; if it cannot start, this throws (never skips).
        IReadOnlyList<Figure> figures = await RunAsync(StoreKind.Azurite);

        AssertSane(figures);
    }

    private static Task<IReadOnlyList<Figure>> RunAsync(StoreKind store) =>
        new CommandsScenario().RunAsync(new ScenarioContext(store, SmallScale, Quick: true, Seed: 11, TextWriter.Null, CancellationToken.None));

    private static void AssertSane(IReadOnlyList<Figure> figures)
    {
        Figure Named(string name) => Assert.Single(figures, f => f.Name == name);

        Figure lost = Named("lost_or_duplicated_events");
        Assert.Equal(0, lost.Value);
        Assert.True(lost.Met);
        Figure rate = Named("commands_per_s");
        Assert.True(rate.Value > 0 && rate.Baseline > 0);
        double p50 = Named("command_p50_ms").Value;
        double p95 = Named("command_p95_ms").Value;
        double p99 = Named("command_p99_ms").Value;
        Assert.True(p50 > 0 && p50 <= p95 && p95 <= p99, $"p50 {p50}, p95 {p95}, p99 {p99}");
        Assert.Equal(p99 / p50, Named("command_p99_over_p50").Value, 6);
    }
}
