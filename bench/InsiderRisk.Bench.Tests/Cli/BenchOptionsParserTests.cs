using InsiderRisk.Bench.Cli;
using InsiderRisk.Bench.Harness;

namespace InsiderRisk.Bench.Tests.Cli;

public sealed class BenchOptionsParserTests
{
    [Fact]
    public void AllQuickRunsEveryScenarioOnBothStoresAtTheQuickScales()
    {
        BenchOptions options = BenchOptionsParser.Parse(["all", "--quick"]);

        Assert.Equal(BenchCommand.Run, options.Command);
        Assert.Empty(options.Scenarios);
        Assert.True(options.Selection.Quick);
        Assert.Equal([StoreKind.Sqlite, StoreKind.Azurite], options.Selection.Stores.Order());
        Assert.Equal([0.01, 0.05], options.Selection.Scales);
        Assert.False(options.Selection.ScalesGiven);
        Assert.Equal(BenchOptions.DefaultSeed, options.Selection.Seed);
    }

    [Fact]
    public void AFullRunWithoutScalesRunsTheDefaultScales()
    {
        BenchOptions options = BenchOptionsParser.Parse(["all"]);

        Assert.Equal([0.1, 0.5, 1.0], options.Selection.Scales);
        Assert.False(options.Selection.ScalesGiven);
    }

    [Fact]
    public void NamedScenariosStoreScalesAndSeed()
    {
        BenchOptions options = BenchOptionsParser.Parse(["scoring,ingest", "--store", "sqlite", "--scale", "1.0, 0.1,1", "--seed", "5"]);

        Assert.Equal(["scoring", "ingest"], options.Scenarios);
        Assert.Equal([StoreKind.Sqlite], options.Selection.Stores);
        Assert.Equal([0.1, 1.0], options.Selection.Scales);
        Assert.True(options.Selection.ScalesGiven);
        Assert.Equal(5, options.Selection.Seed);
        Assert.False(options.Selection.Quick);
    }

    [Theory]
    [InlineData("micro", BenchCommand.Micro)]
    [InlineData("list", BenchCommand.List)]
    [InlineData("help", BenchCommand.Help)]
    [InlineData("--help", BenchCommand.Help)]
    public void Commands(string arg, BenchCommand command) =>
        Assert.Equal(command, BenchOptionsParser.Parse([arg]).Command);

    [Fact]
    public void HelpWinsOverAnyOtherCommand() =>
        Assert.Equal(BenchCommand.Help, BenchOptionsParser.Parse(["all", "-h"]).Command);

    [Theory]
    [InlineData]
    [InlineData("--quick")]
    [InlineData("all", "micro")]
    [InlineData("all", "--store")]
    [InlineData("all", "--store", "memory")]
    [InlineData("all", "--store", "postgres")]
    [InlineData("all", "--scale", "0")]
    [InlineData("all", "--scale", "11")]
    [InlineData("all", "--scale", "half")]
    [InlineData("all", "--scale", ",")]
    [InlineData("all", "--seed", "x")]
    [InlineData("all", "--fast")]
    public void BadCommandLinesSayWhy(params string[] args)
    {
        BenchUsageException error = Assert.Throws<BenchUsageException>(() => BenchOptionsParser.Parse(args));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
