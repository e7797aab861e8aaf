using System.Globalization;
using System.Text.Json;
using Azure.Core.Pipeline;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Dashboard;
using InsiderRisk.Functions.Telemetry;
using InsiderRisk.TestSupport;
using static InsiderRisk.Functions.Tests.Telemetry.TelemetryBuilders;

namespace InsiderRisk.Functions.Tests.Telemetry;

/// <summary>The exporter against a loopback ingestion endpoint: the envelopes, their fields, Entra ID auth and batching.</summary>
public sealed class ExporterTests : IDisposable
{
    private readonly FakeIngestion ingestion = new();

    [Fact]
    public async Task Each_event_is_a_Message_envelope_posted_to_v2_1_track_with_the_key_tags_and_string_dimensions()
    {
        await using var harness = Harness(Connection());
        await harness.StartAsync();

        harness.Events.RiskRunCompleted("daily-20261122", 1234, TimeSpan.FromMilliseconds(1500.5));
        var envelope = await ingestion.WaitForAsync(Named(TelemetryEvent.RiskRunCompleted));

        var request = Assert.Single(ingestion.Received);
        Assert.Equal(("POST", "/v2.1/track", null), (request.Method, request.Path, request.Authorization));
        Assert.Equal("Microsoft.ApplicationInsights.Message", envelope.GetProperty("name").GetString());
        Assert.Equal(InstrumentationKey, envelope.GetProperty("iKey").GetString());
        Assert.True(DateTimeOffset.TryParse(envelope.GetProperty("time").GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        Assert.Equal("insiderrisk-test", envelope.GetProperty("tags").GetProperty("ai.cloud.role").GetString());
        Assert.Equal("instance-1", envelope.GetProperty("tags").GetProperty("ai.cloud.roleInstance").GetString());
        var data = envelope.GetProperty("data");
        Assert.Equal("MessageData", data.GetProperty("baseType").GetString());
        var baseData = data.GetProperty("baseData");
        Assert.Equal((2, "RiskRunCompleted", 1), (baseData.GetProperty("ver").GetInt32(), baseData.GetProperty("message").GetString(), baseData.GetProperty("severityLevel").GetInt32()));
        var dimensions = Dimensions(envelope);
        Assert.All(dimensions.Values, value => Assert.Equal(JsonValueKind.String, value.ValueKind));
        Assert.Equal(
            [("DurationMs", "1501"), ("EventName", "RiskRunCompleted"), ("RunId", "daily-20261122"), ("UsersScored", "1234")],
            dimensions.Select(pair => (pair.Key, pair.Value.GetString()!)).Order());
    }

    [Fact]
    public async Task Every_contract_event_has_exactly_its_fields_as_invariant_strings()
    {
        await using var harness = Harness(Connection());
        await harness.StartAsync();

        harness.Events.AlertsIngested(1000, 2, 0);
        harness.Events.TriageBacklog(new SeverityCounts(1500, 0, 3));
        harness.Events.CaseEffectCompleted(EffectKind.CreateInvestigation, EffectStatus.Failed, 5);
        harness.Events.MessagePoisoned("case-effects");
        await ingestion.WaitForAsync(Named(TelemetryEvent.MessagePoisoned));

        var byName = ingestion.Envelopes.ToDictionary(envelope => EventName(envelope)!, envelope => Dimensions(envelope).ToDictionary(pair => pair.Key, pair => pair.Value.GetString()));
        Assert.Equal(new Dictionary<string, string?> { ["EventName"] = "AlertsIngested", ["Count"] = "1000", ["Duplicates"] = "2", ["Invalid"] = "0" }, byName["AlertsIngested"]);
        Assert.Equal(new Dictionary<string, string?> { ["EventName"] = "TriageBacklog", ["High"] = "1500", ["Medium"] = "0", ["Low"] = "3" }, byName["TriageBacklog"]);
        Assert.Equal(new Dictionary<string, string?> { ["EventName"] = "CaseEffectCompleted", ["EffectKind"] = "Escalation", ["Outcome"] = "Failed", ["Attempts"] = "5" }, byName["CaseEffectCompleted"]);
        Assert.Equal(new Dictionary<string, string?> { ["EventName"] = "MessagePoisoned", ["Queue"] = "case-effects" }, byName["MessagePoisoned"]);
    }

    [Fact]
    public async Task With_Entra_ID_auth_each_post_carries_a_bearer_token_for_Azure_Monitor()
    {
        var credential = new FakeTokenCredential("token-for-monitor");
        var https = new Uri("https://westeurope-5.in.applicationinsights.azure.com/");
        var transport = new HttpClientTransport(new HttpClient(new LoopbackRedirect(ingestion.Endpoint)));
        var connection = AppInsightsConnection.FromSettings(ConnectionString(https), "ClientId=00000000-aaaa-bbbb-cccc-000000000001;Authorization=AAD")!;
        AppInsightsAuthentication? asked = null;
        await using var harness = new ExporterHarness(connection, FastOptions(transport), new TelemetryCredentials(auth =>
        {
            asked = auth;
            return credential;
        }));
        await harness.StartAsync();

        harness.Events.MessagePoisoned("alerts");
        await ingestion.WaitForAsync(Named(TelemetryEvent.MessagePoisoned));

        Assert.Equal("Bearer token-for-monitor", Assert.Single(ingestion.Received).Authorization);
        Assert.Equal(["https://monitor.azure.com/.default"], credential.Scopes.Distinct());
        Assert.Equal(new AppInsightsAuthentication(true, "00000000-aaaa-bbbb-cccc-000000000001"), asked);
    }

    [Fact]
    public async Task Events_go_out_in_batches_of_at_most_the_batch_size()
    {
        await using var harness = new ExporterHarness(Connection(), FastOptions() with { MaxBatchSize = 40 });
        await harness.StartAsync();

        for (var i = 0; i < 100; i++)
        {
            harness.Events.MessagePoisoned("q" + i.ToString(CultureInfo.InvariantCulture));
        }

        await harness.StopAsync();

        Assert.Equal(100, ingestion.Envelopes.Count);
        Assert.All(ingestion.Received, request => Assert.InRange(request.Envelopes.Count, 1, 40));
        Assert.True(ingestion.Received.Count >= 3);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => "q" + i.ToString(CultureInfo.InvariantCulture)), ingestion.Envelopes.Select(e => Properties(e).GetProperty("Queue").GetString()));
    }

    public void Dispose() => ingestion.Dispose();

    private AppInsightsConnection Connection() => AppInsightsConnection.FromSettings(ConnectionString(ingestion.Endpoint), null)!;

    private static ExporterHarness Harness(AppInsightsConnection connection) => new(connection, FastOptions());

    /// <summary>Sends the pipeline's https requests to the loopback http fake, below Azure.Core (bearer tokens need https).</summary>
    private sealed class LoopbackRedirect(Uri target) : DelegatingHandler(new HttpClientHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
