using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Tests.Harness;

public sealed class BenchRunnerTests
{
    private static readonly HashSet<StoreKind> Both = [StoreKind.Sqlite, StoreKind.Azurite];

    [Fact]
    public async Task EachSupportedSelectedStoreAtEachScaleWithMemoryFiguresAdded()
    {
        var scenario = new FakeScenario("ingest", Both, context => [Builders.Rate(context.Scale * 100)]);
        var selection = new BenchSelection(new HashSet<StoreKind> { StoreKind.Azurite }, [0.1, 1.0], Quick: true, Seed: 3);

        BenchResults results = await new BenchRunner(TextWriter.Null).RunAsync([scenario], selection, CancellationToken.None);

        Assert.Equal([(StoreKind.Azurite, 0.1), (StoreKind.Azurite, 1.0)], results.Runs.Select(r => (r.Store, r.Scale)));
        Assert.All(scenario.Calls, c => Assert.True(c.Quick && c.Seed == 3));
        Assert.Equal(["alerts_per_s", MemoryFigures.PeakHeap, MemoryFigures.PeakWorkingSet], results.Runs[0].Figures.Select(f => f.Name));
        Assert.Empty(results.Failures);
    }

    [Fact]
    public async Task MemoryScenariosRunWhicheverStoreIsSelected()
    {
        var scenario = new FakeScenario("scoring", new HashSet<StoreKind> { StoreKind.Memory }, _ => [Builders.Rate(1)]);
        var selection = new BenchSelection(new HashSet<StoreKind> { StoreKind.Sqlite }, [1.0], Quick: false, Seed: 1);

        BenchResults results = await new BenchRunner(TextWriter.Null).RunAsync([scenario], selection, CancellationToken.None);

        Assert.Equal(StoreKind.Memory, Assert.Single(results.Runs).Store);
    }

    [Fact]
    public async Task AFailingRunIsReportedAndTheOthersStillRun()
    {
        var failing = new FakeScenario("commands", Both, context => context.Store == StoreKind.Sqlite
            ? throw new InvalidOperationException("database is locked")
            : [Builders.Rate(1)]);
        var selection = new BenchSelection(Both, [1.0], Quick: true, Seed: 1);

        BenchResults results = await new BenchRunner(TextWriter.Null).RunAsync([failing], selection, CancellationToken.None);

        Assert.Equal(StoreKind.Azurite, Assert.Single(results.Runs).Store);
        ScenarioFailure failure = Assert.Single(results.Failures);
        Assert.Equal(("commands", StoreKind.Sqlite), (failure.Scenario, failure.Store));
        Assert.Contains("database is locked", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARunReportingUnderTwoNamesGivesOneRunPerNameEachWithTheRunsMemory()
    {
        var scenario = new FakeScenario(
            "recompute",
            Both,
            _ => [Builders.Rate(1) with { Scenario = "recompute_full" }, Builders.Cost("time_ratio", 0.01) with { Scenario = "recompute_incremental" }],
            names: ["recompute_full", "recompute_incremental"]);
        var selection = new BenchSelection(new HashSet<StoreKind> { StoreKind.Sqlite }, [1.0], Quick: true, Seed: 1);

        BenchResults results = await new BenchRunner(TextWriter.Null).RunAsync([scenario], selection, CancellationToken.None);

        Assert.Equal(["recompute_full", "recompute_incremental"], results.Runs.Select(r => r.Scenario));
        Assert.All(results.Runs, run => Assert.Equal(3, run.Figures.Count));
        Assert.Single(scenario.Calls);
    }

    [Fact]
    public async Task AQuickRunWithoutGivenScalesUsesTheScenariosOwnQuickScales()
    {
        var own = new FakeScenario("ingest", Both, _ => [Builders.Rate(1)], quickScales: [0.002, 0.01]);
        var plain = new FakeScenario("reads", Both, _ => [Builders.Rate(1)]);
        var quick = new BenchSelection(new HashSet<StoreKind> { StoreKind.Sqlite }, [0.01, 0.05], Quick: true, Seed: 1, ScalesGiven: false);
        var given = quick with { ScalesGiven = true };

        await new BenchRunner(TextWriter.Null).RunAsync([own, plain], quick, CancellationToken.None);
        await new BenchRunner(TextWriter.Null).RunAsync([own], given, CancellationToken.None);

        Assert.Equal([0.002, 0.01, 0.01, 0.05], own.Calls.Select(c => c.Scale));
        Assert.Equal([0.01, 0.05], plain.Calls.Select(c => c.Scale));
    }

    [Fact]
    public void ContextScalesCountsAndNeverGoesBelowOne()
    {
        Assert.Equal(10_000, Builders.Context(0.1).Scaled(100_000));
        Assert.Equal(1, Builders.Context(0.000001).Scaled(100_000));
    }
}
