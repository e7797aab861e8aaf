using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Functions.Telemetry;
using InsiderRisk.Functions.Tests.Alerts;
using InsiderRisk.Functions.Tests.Effects;
using InsiderRisk.Functions.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static InsiderRisk.Functions.Tests.Telemetry.TelemetryBuilders;

namespace InsiderRisk.Functions.Tests.Telemetry;

/// <summary>
/// Each event of the telemetry contract, emitted by the real code path of the whole app and arriving
/// at the (fake) Application Insights ingestion endpoint with the contract's fields.
/// </summary>
public sealed class ContractEventTests : IDisposable
{
    private readonly FakeIngestion ingestion = new();

    [Fact]
    public async Task POST_alerts_sends_AlertsIngested_with_stored_and_duplicate_counts()
    {
        using var app = AlertsApp.On(new ApiFactory(AppSettings(ingestion), Fast));
        var known = AlertsApp.NewId();

        await app.IngestAsync(AlertBuilders.Batch(AlertBuilders.Alert(known), AlertBuilders.Alert(AlertsApp.NewId())));
        await app.IngestAsync(AlertBuilders.Batch(AlertBuilders.Alert(known), AlertBuilders.Alert(AlertsApp.NewId()), AlertBuilders.Alert(AlertsApp.NewId())));

        await ingestion.WaitForAsync(With(TelemetryEvent.AlertsIngested, ("Count", "2"), ("Duplicates", "0"), ("Invalid", "0")));
        await ingestion.WaitForAsync(With(TelemetryEvent.AlertsIngested, ("Count", "2"), ("Duplicates", "1"), ("Invalid", "0")));
    }

    [Fact]
    public async Task A_rejected_POST_alerts_sends_AlertsIngested_with_every_item_invalid()
    {
        using var app = AlertsApp.On(new ApiFactory(AppSettings(ingestion), Fast));
        using var client = app.Analyst();
        var body = AlertBuilders.Batch(AlertBuilders.Alert(AlertsApp.NewId()), AlertBuilders.Alert(AlertsApp.NewId()).With("userId", ""), AlertBuilders.Alert(AlertsApp.NewId()));

        using var response = await AlertsApp.PostAsync(client, "/api/alerts", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await ingestion.WaitForAsync(With(TelemetryEvent.AlertsIngested, ("Count", "0"), ("Duplicates", "0"), ("Invalid", "3")));
    }

    [Fact]
    public async Task A_POST_alerts_body_that_is_not_JSON_counts_as_one_invalid_item()
    {
        using var app = AlertsApp.On(new ApiFactory(AppSettings(ingestion), Fast));
        using var client = app.Analyst();

        using var response = await client.PostAsync(new Uri("/api/alerts", UriKind.Relative), Tests.Builders.Json("{\"alertId\": "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await ingestion.WaitForAsync(With(TelemetryEvent.AlertsIngested, ("Count", "0"), ("Duplicates", "0"), ("Invalid", "1")));
    }

    [Fact]
    public async Task The_Service_Bus_ingest_sends_AlertsIngested_for_a_stored_message_and_once_for_an_invalid_one()
    {
        using var app = AlertsApp.On(new ApiFactory(AppSettings(ingestion), Fast));

        using var invalid = await app.InvokeIngestAsync(JsonValue.Create("not an alert"), "msg-invalid");
        using var redelivered = await app.InvokeIngestAsync(JsonValue.Create("not an alert"), "msg-invalid", deliveryCount: 2);
        using var stored = await app.InvokeIngestAsync(AlertBuilders.Alert(AlertsApp.NewId()), "msg-stored");

        Assert.NotEqual(HttpStatusCode.OK, invalid.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        await ingestion.WaitForAsync(With(TelemetryEvent.AlertsIngested, ("Count", "1"), ("Duplicates", "0"), ("Invalid", "0")));
        var rejected = With(TelemetryEvent.AlertsIngested, ("Count", "0"), ("Duplicates", "0"), ("Invalid", "1"));
        Assert.Single(ingestion.Envelopes, envelope => rejected(envelope));
    }

    [Fact]
    public async Task A_risk_run_sends_RiskRunCompleted_with_its_id_users_scored_and_duration()
    {
        using var app = AlertsApp.On(new ApiFactory(AppSettings(ingestion), Fast));
        await app.IngestAsync(AlertBuilders.Batch(
            AlertBuilders.Alert(AlertsApp.NewId(), AlertBuilders.Adele), AlertBuilders.Alert(AlertsApp.NewId(), AlertBuilders.Ben)));
        using var host = app.Factory.CreateClient();

        using var response = await host.PostAsync(
            new Uri("/RecomputeRiskScores", UriKind.Relative), Tests.Builders.Invocation("timer", new JsonObject { ["IsPastDue"] = false }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var completed = Dimensions(await ingestion.WaitForAsync(Named(TelemetryEvent.RiskRunCompleted)));
        Assert.StartsWith("daily-", completed["RunId"].GetString(), StringComparison.Ordinal);
        Assert.Equal("2", completed["UsersScored"].GetString());
        Assert.True(long.TryParse(completed["DurationMs"].GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task A_finished_effect_and_the_sweeper_send_CaseEffectCompleted_and_TriageBacklog()
    {
        using var api = new EffectsApi(Fast, settings: AppSettings(ingestion));
        var caseId = await api.OpenCaseAsync(severity: "Medium");
        await api.ShareByEmailAsync(caseId);
        await api.DeliverEffectsAsync();
        using var client = api.Analyst();
        await client.SendJsonAsync(EffectBuilders.Post("/api/alerts", EffectBuilders.Alert(EffectBuilders.NewId("alert"), api.Clock.GetUtcNow(), "High")), HttpStatusCode.Accepted);

        await api.SweepAsync();

        await ingestion.WaitForAsync(With(TelemetryEvent.CaseEffectCompleted, ("EffectKind", "Share"), ("Outcome", "Succeeded"), ("Attempts", "1")));
        await ingestion.WaitForAsync(With(TelemetryEvent.TriageBacklog, ("High", "1"), ("Medium", "0"), ("Low", "0")));
    }

    [Fact]
    public async Task A_message_moved_to_a_poison_queue_sends_MessagePoisoned_with_the_queue()
    {
        using var api = new EffectsApi(Fast, settings: AppSettings(ingestion));
        var queues = api.Get<InsiderRisk.Storage.Queues.IQueueStore>();
        await queues.CreateQueueIfNotExistsAsync("alerts-local");
        await queues.SendAsync("alerts-local", "{\"alertId\": 42}");
        var poller = api.Get<InsiderRisk.Functions.LocalRun.LocalQueuePoller>();
        var trigger = new InsiderRisk.Functions.LocalRun.LocalTrigger.Queue(InsiderRisk.Functions.Functions.IngestAlertsFunction.Definition, "alerts-local");

        for (var delivery = 0; delivery <= 5; delivery++)
        {
            await poller.PollAsync(trigger, CancellationToken.None);
            api.Clock.Advance(TimeSpan.FromMinutes(6));
        }

        await ingestion.WaitForAsync(With(TelemetryEvent.MessagePoisoned, ("Queue", "alerts-local")));
    }

    [Fact]
    public async Task No_contract_event_carries_a_user_identity()
    {
        using var app = AlertsApp.On(new ApiFactory(AppSettings(ingestion), Fast));
        await app.IngestAsync(AlertBuilders.Batch(AlertBuilders.Alert(AlertsApp.NewId(), AlertBuilders.Adele)));
        var pseudonym = app.Pseudonym(AlertBuilders.Adele).Value;

        var envelope = await ingestion.WaitForAsync(Named(TelemetryEvent.AlertsIngested));

        var text = envelope.GetRawText();
        Assert.DoesNotContain("adele", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(pseudonym, text, StringComparison.Ordinal);
        Assert.Equal(["Count", "Duplicates", "EventName", "Invalid"], Dimensions(envelope).Keys.Order(StringComparer.Ordinal));
    }

    public void Dispose() => ingestion.Dispose();

    private static void Fast(IServiceCollection services) => services.AddSingleton(FastOptions());

    private static Func<JsonElement, bool> With(string name, params (string Field, string Value)[] fields) => envelope =>
        EventName(envelope) == name
        && fields.All(field => Properties(envelope).TryGetProperty(field.Field, out var value) && value.GetString() == field.Value);
}
