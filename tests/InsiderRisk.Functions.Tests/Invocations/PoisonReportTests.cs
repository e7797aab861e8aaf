using System.Text.Json.Nodes;
using InsiderRisk.Functions.Invocations;
using InsiderRisk.Functions.Telemetry;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Invocations;

/// <summary>Under the host the app learns a message is poisoned only from its failed last delivery.</summary>
public sealed class PoisonReportTests : IDisposable
{
    private readonly AppFactory factory = InvocationApp.With(
        new DelegateHandler("IngestAlerts", _ => throw new InvalidOperationException("broken")),
        new DelegateHandler("RunCaseEffect", context => throw new InvalidTriggerPayloadException("not an effect message")));

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("IngestAlerts", "DeliveryCount", "alerts")]
    [InlineData("RunCaseEffect", "DequeueCount", "case-effects")]
    public async Task A_failed_last_delivery_sends_MessagePoisoned_with_the_queue(string function, string countName, string queue)
    {
        await FailAsync(function, countName, PoisonLimits.MaxDeliveries);

        Assert.Equal([$"{TelemetryEvent.MessagePoisoned}: Queue={queue}"], Poisoned());
    }

    [Theory]
    [InlineData("IngestAlerts", "DeliveryCount")]
    [InlineData("RunCaseEffect", "DequeueCount")]
    public async Task Earlier_failed_deliveries_come_back_and_send_nothing(string function, string countName)
    {
        for (var delivery = 1; delivery < PoisonLimits.MaxDeliveries; delivery++)
        {
            await FailAsync(function, countName, delivery);
        }

        Assert.Empty(Poisoned());
    }

    [Fact]
    public void Timers_and_http_have_no_queue_to_poison()
    {
        Assert.False(PoisonLimits.IsLastDelivery(InsiderRisk.Functions.Functions.SweepOutboxFunction.Definition.Trigger, 99));
        Assert.False(PoisonLimits.IsLastDelivery(InsiderRisk.Functions.Functions.CasesApiFunction.Definition.Trigger, 99));
    }

    private async Task FailAsync(string function, string countName, int delivery)
    {
        using var client = factory.CreateClient();
        var metadata = new JsonObject { [countName] = delivery, ["MessageId"] = "m-1" };
        using var response = await client.PostAsync($"/{function}", Invocation("message", "{}", metadata));
        Assert.False(response.IsSuccessStatusCode);
    }

    private List<string> Poisoned() =>
        [.. factory.Logs.Entries
            .Where(entry => entry.Text.StartsWith(TelemetryEvent.MessagePoisoned, StringComparison.Ordinal))
            .Select(entry => entry.Text)];
}
