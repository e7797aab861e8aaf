using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Ingest;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Tests.Ingest;

public sealed class IngestScenarioTests
{
    [Theory]
    [InlineData(StoreKind.Sqlite, 0.002)]
    [InlineData(StoreKind.Azurite, 0.001)]
    public async Task GivenAStore_WhenAlertsAreIngested_ThenEveryDeliveredAlertIsStoredAndBothRatesAreMeasured(StoreKind store, double scale)
    {
        var context = Builders.StoreContext(store, scale);

        IReadOnlyList<Figure> figures = await new IngestScenario().RunAsync(context);

        var rate = Builders.Single(figures, "ingest", "alerts_per_s");
        Assert.True(rate.Value > 0 && rate.Baseline > 0, $"{rate.Value} vs {rate.Baseline}");
        Assert.Equal(FigureTarget.RatioAtLeast(0.7), rate.Target);
        // The measured alerts and the warm-up deliveries of 100.
        Assert.Equal(context.Scaled(IngestScenario.FullAlerts) + (IngestScenario.WarmupDeliveries * IngestDeliveries.BatchSize), Builders.Single(figures, "ingest", "alerts_stored").Value);
        // At least the alert row, its user-index row and its triage rows.
        Assert.True(Builders.Single(figures, "ingest", "rows_per_alert").Value >= 3);
    }
}
