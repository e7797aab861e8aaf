using System.Text.Json;
using InsiderRisk.Bench.Ingest;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Alerts.Ingestion;

namespace InsiderRisk.Bench.Tests.Ingest;

public sealed class IngestDeliveriesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GivenDeliveries_WhenTheAppValidatesThem_ThenEveryAlertIsValidAndEachIdIsUsedOnce()
    {
        var deliveries = new IngestDeliveries(users: 20, alerts: 250, seed: 5, Now);
        var ids = new HashSet<string>(StringComparer.Ordinal);

        for (int i = 0; i < deliveries.Count; i++)
        {
            var alerts = Valid(deliveries.Delivery(i));
            Assert.All(alerts, alert => Assert.True(ids.Add(alert.AlertId.Value)));
        }

        Assert.Equal(3, deliveries.Count);
        Assert.Equal(250, ids.Count);
        Assert.DoesNotContain(Valid(deliveries.Warmup(0)), alert => ids.Contains(alert.AlertId.Value));
    }

    [Fact]
    public void GivenTheSameSeed_WhenADeliveryIsBuiltTwice_ThenItIsTheSame() =>
        Assert.Equal(
            new IngestDeliveries(20, 250, 5, Now).Delivery(1).GetRawText(),
            new IngestDeliveries(20, 250, 5, Now).Delivery(1).GetRawText());

    private static IReadOnlyList<Alert> Valid(JsonElement data)
    {
        var validation = AlertDelivery.Validate(data.GetProperty("message"), Now);
        return Assert.IsType<Validation<IReadOnlyList<Alert>>.Valid>(validation).Value;
    }
}
