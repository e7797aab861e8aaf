using System.Net;
using System.Text.Json;
using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.LocalRun;
using InsiderRisk.Functions.Telemetry;
using InsiderRisk.Functions.Tests.Effects;
using InsiderRisk.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InsiderRisk.Functions.Tests.LocalRun;

public sealed class LocalTriggerLoopTests
{
    [Fact]
    public async Task Given_the_local_run_When_a_case_asks_for_an_effect_Then_the_loop_runs_it_end_to_end()
    {
        using var factory = LocalRunBuilders.AppWithLoop();
        using var client = factory.ClientAs(EffectBuilders.AnalystId, Role.Analyst);
        var alertId = EffectBuilders.NewId("alert");
        await client.SendJsonAsync(EffectBuilders.Post("/api/alerts", EffectBuilders.Alert(alertId, DateTimeOffset.UtcNow)), HttpStatusCode.Accepted);
        var caseId = (await client.SendJsonAsync(EffectBuilders.Post($"/api/alerts/{alertId}/confirm", new { caseName = "Loop case" }), HttpStatusCode.Created)).Text("caseId");
        var effectId = (await client.SendJsonAsync(EffectBuilders.Post($"/api/cases/{caseId}/share", new { target = "Email", recipient = "legal@contoso.test" }), HttpStatusCode.Accepted)).Text("effectId");

        var effects = await LocalRunBuilders.EventuallyAsync(
            () => client.GetJsonAsync($"/api/cases/{caseId}/effects"),
            list => list.Effect(effectId).Text("status") == "Succeeded");

        Assert.Equal("Succeeded", effects.Effect(effectId).Text("status"));
        var sent = await client.GetJsonAsync($"/api/cases/{caseId}/effects/{effectId}/sent");
        Assert.Equal("local-sink", sent.Text("channel"));
    }

    [Fact]
    public async Task Given_the_local_run_When_alert_JSON_is_put_on_alerts_local_Then_it_is_ingested()
    {
        using var factory = LocalRunBuilders.AppWithLoop();
        using var client = factory.ClientAs(EffectBuilders.AnalystId, Role.Analyst);
        var alertId = EffectBuilders.NewId("queued");
        var queues = factory.Get<IQueueStore>();
        await queues.CreateQueueIfNotExistsAsync("alerts-local");

        await queues.SendAsync("alerts-local", EffectBuilders.Alert(alertId, DateTimeOffset.UtcNow).ToJsonString());

        var alert = await LocalRunBuilders.EventuallyAsync(
            async () =>
            {
                using var response = await client.GetAsync(new Uri($"/api/alerts/{alertId}", UriKind.Relative));
                return response.StatusCode == HttpStatusCode.OK ? await Builders.ReadJsonAsync(response) : default;
            },
            found => found.ValueKind == JsonValueKind.Object);
        Assert.Equal(alertId, alert.Text("alertId"));
    }

    [Fact]
    public async Task Given_a_message_its_function_always_fails_on_When_it_was_delivered_five_times_Then_it_moves_to_the_poison_queue()
    {
        using var api = new EffectsApi();
        var queues = api.Get<IQueueStore>();
        await queues.CreateQueueIfNotExistsAsync("alerts-local");
        await queues.SendAsync("alerts-local", "{\"alertId\": 42}");
        var poller = api.Get<LocalQueuePoller>();
        var trigger = new LocalTrigger.Queue(IngestAlertsFunction.Definition, "alerts-local");

        for (var delivery = 1; delivery <= 5; delivery++)
        {
            Assert.Equal(1, await poller.PollAsync(trigger, CancellationToken.None));
            Assert.Equal(0, await poller.PollAsync(trigger, CancellationToken.None));
            api.Clock.Advance(TimeSpan.FromMinutes(6));
        }

        Assert.Equal(0, await poller.PollAsync(trigger, CancellationToken.None));
        var poisoned = Assert.Single(await queues.ReceiveAsync("alerts-local-poison", 32, TimeSpan.FromMinutes(1)));
        Assert.Equal("{\"alertId\": 42}", poisoned.Text);
        var telemetry = Assert.Single(api.Telemetry.Named(TelemetryEvent.MessagePoisoned));
        Assert.Equal("alerts-local", telemetry["Queue"]);
    }

    [Fact]
    public async Task The_loop_finds_every_queue_and_timer_function_and_stops_with_the_app()
    {
        LocalTriggerLoop loop;
        using (var factory = LocalRunBuilders.AppWithLoop())
        {
            loop = factory.Services.GetServices<IHostedService>().OfType<LocalTriggerLoop>().Single();
            Assert.True(loop.IsActive);
            var queues = loop.Triggers.OfType<LocalTrigger.Queue>().Select(t => (t.Function.Name, t.QueueName)).ToList();
            Assert.Contains(("RunCaseEffect", "case-effects"), queues);
            Assert.Contains(("IngestAlerts", "alerts-local"), queues);
            var timers = loop.Triggers.OfType<LocalTrigger.Timer>().ToDictionary(t => t.Function.Name, t => t.Schedule.Expression);
            Assert.Equal("0 */5 * * * *", timers["SweepOutbox"]);
            Assert.True(timers.ContainsKey("RecomputeRiskScores"));
            Assert.NotNull(loop.ExecuteTask);
            await Task.Delay(200);
            Assert.False(loop.ExecuteTask!.IsCompleted);
        }

        await loop.ExecuteTask.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(loop.ExecuteTask.IsCompletedSuccessfully);
    }

    [Fact]
    public void Under_the_Functions_host_or_when_disabled_the_loop_stays_idle()
    {
        using var hosted = new Support.ApiFactory(new Dictionary<string, string?> { ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "7999" });
        using var disabled = new Support.ApiFactory(new Dictionary<string, string?> { ["LocalRun:Enabled"] = "false" });

        foreach (var factory in new[] { hosted, disabled })
        {
            var loop = factory.Services.GetServices<IHostedService>().OfType<LocalTriggerLoop>().Single();
            Assert.False(loop.IsActive);
            Assert.Empty(loop.Triggers);
        }
    }

    [Fact]
    public void The_start_up_banner_says_where_the_data_is_which_triggers_run_and_how_to_call_without_secrets()
    {
        using var factory = LocalRunBuilders.AppWithLoop();
        var banner = factory.Services.GetServices<IHostedService>().OfType<LocalRunBanner>().Single().Describe();

        Assert.Contains(Path.GetFullPath(factory.DataDirectory), banner, StringComparison.Ordinal);
        Assert.Contains("embedded SQLite", banner, StringComparison.Ordinal);
        Assert.Contains("queue case-effects", banner, StringComparison.Ordinal);
        Assert.Contains("SweepOutbox on '0 */5 * * * *'", banner, StringComparison.Ordinal);
        Assert.Contains("X-User", banner, StringComparison.Ordinal);
        Assert.Contains("X-Roles", banner, StringComparison.Ordinal);
    }
}
