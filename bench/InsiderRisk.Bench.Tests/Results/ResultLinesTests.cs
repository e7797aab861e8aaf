using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Tests.Results;

public sealed class ResultLinesTests
{
    [Fact]
    public void TheLargestScaleOfEachStoreIsTheHeadlineThenTheGrowths()
    {
        var results = new BenchResults(
        [
            Builders.Run("ingest", StoreKind.Sqlite, 0.1, Builders.Rate(100, 200)),
            Builders.Run("ingest", StoreKind.Sqlite, 1.0, Builders.Rate(80, 200)),
            Builders.Run("ingest", StoreKind.Azurite, 0.5, Builders.Rate(10, 20)),
        ],
        []);

        string[] lines = [.. ResultLines.For(results)];

        Assert.Equal(3, lines.Length);
        Assert.Contains("\"store\":\"sqlite\",\"figure\":\"alerts_per_s\",\"value\":80,", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"store\":\"azurite\",\"figure\":\"alerts_per_s\",\"value\":10,", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"store\":\"sqlite\",\"figure\":\"alerts_per_s_growth\",\"value\":1.25,", lines[2], StringComparison.Ordinal);
        Assert.All(lines, line => Assert.StartsWith(ResultLine.Prefix, line, StringComparison.Ordinal));
    }
}
