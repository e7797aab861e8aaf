using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Tests.Results;

public sealed class GrowthReportTests
{
    [Fact]
    public void ASteadyRateIsLinear()
    {
        GrowthRow row = Assert.Single(GrowthReport.From([Builders.Run(0.1, Builders.Rate(1000)), Builders.Run(1.0, Builders.Rate(1000))]));

        Assert.Equal(10, row.DataGrowth, 9);
        Assert.Equal(10, row.CostGrowth, 9);
        Assert.Equal(1, row.VsLinear, 9);
        Assert.Equal("linear", row.Verdict);
    }

    [Fact]
    public void ARateThatHalvesWithTenTimesTheDataIsWorseThanLinear()
    {
        GrowthRow row = Assert.Single(GrowthReport.From([Builders.Run(1.0, Builders.Rate(500)), Builders.Run(0.1, Builders.Rate(1000))]));

        Assert.Equal(2, row.VsLinear, 9);
        Assert.Equal("worse than linear", row.Verdict);
        Assert.Equal([0.1, 1.0], row.Points.Select(p => p.Scale));
    }

    [Fact]
    public void FlatMemoryIsBetterThanLinear()
    {
        GrowthRow row = Assert.Single(GrowthReport.From(
        [
            Builders.Run(0.1, Builders.Cost("peak_heap_mb", 40)),
            Builders.Run(0.5, Builders.Cost("peak_heap_mb", 41)),
            Builders.Run(1.0, Builders.Cost("peak_heap_mb", 40)),
        ]));

        Assert.Equal(0.1, row.VsLinear, 9);
        Assert.Equal("better than linear", row.Verdict);
        Assert.Equal(3, row.Points.Count);
    }

    [Fact]
    public void OneScaleOrNoGrowthKindGivesNoRow()
    {
        var ratioOnly = new Figure("incremental_over_full", "ratio", 0.03);

        Assert.Empty(GrowthReport.From([Builders.Run(1.0, Builders.Rate(1000))]));
        Assert.Empty(GrowthReport.From([Builders.Run(0.1, ratioOnly), Builders.Run(1.0, ratioOnly)]));
    }

    [Fact]
    public void StoresAndScenariosGrowSeparately()
    {
        IReadOnlyList<GrowthRow> rows = GrowthReport.From(
        [
            Builders.Run("ingest", StoreKind.Sqlite, 0.1, Builders.Rate(100)),
            Builders.Run("ingest", StoreKind.Sqlite, 1.0, Builders.Rate(100)),
            Builders.Run("ingest", StoreKind.Azurite, 0.1, Builders.Rate(100)),
            Builders.Run("ingest", StoreKind.Azurite, 1.0, Builders.Rate(50)),
        ]);

        Assert.Equal([1.0, 2.0], rows.Select(r => Math.Round(r.VsLinear, 9)));
    }
}
