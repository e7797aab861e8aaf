using System.Text.Json;
using System.Text.RegularExpressions;
using InsiderRisk.Deployment.Tests.Support;
using InsiderRisk.Functions.Invocations;

namespace InsiderRisk.Deployment.Tests.Catalog;

/// <summary>The app reports a poisoned message on the delivery the host gives up after; both must agree on which one that is.</summary>
public sealed partial class PoisonLimitTests
{
    [Fact]
    public void Host_json_gives_a_Storage_queue_message_as_many_deliveries_as_the_app_expects()
    {
        using var host = JsonDocument.Parse(Repository.Read("host.json"));

        var max = host.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32();

        Assert.Equal(PoisonLimits.MaxDeliveries, max);
    }

    [Fact]
    public void The_alerts_queue_dead_letters_after_as_many_deliveries_as_the_app_expects()
    {
        var match = MaxDeliveryParameter().Match(Repository.Read("infra/modules/servicebus.bicep"));

        Assert.True(match.Success, "infra/modules/servicebus.bicep declares no 'param alertsMaxDeliveryCount int = N'.");
        Assert.Equal(PoisonLimits.MaxDeliveries, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("alertsMaxDeliveryCount:", Repository.Read("infra/main.bicep"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^param alertsMaxDeliveryCount int = (\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex MaxDeliveryParameter();
}
