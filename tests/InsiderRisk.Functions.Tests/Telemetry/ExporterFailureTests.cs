using System.Diagnostics;
using System.Globalization;
using InsiderRisk.Domain.Dashboard;
using InsiderRisk.Functions.Telemetry;
using InsiderRisk.TestSupport;
using Microsoft.Extensions.Logging;
using static InsiderRisk.Functions.Tests.Telemetry.TelemetryBuilders;

namespace InsiderRisk.Functions.Tests.Telemetry;

/// <summary>The exporter when ingestion throttles, fails, partly accepts or is unreachable: retries, resends, drops with a log line, never in the caller's way.</summary>
public sealed class ExporterFailureTests : IDisposable
{
    private readonly FakeIngestion ingestion = new();

    [Fact]
    public async Task A_503_with_Retry_After_is_retried_after_the_wait_the_service_asked_for()
    {
        ingestion.Answer = (index, items) => index == 0 ? FakeAnswer.Unavailable(retryAfterSeconds: 1) : FakeAnswer.Accepted(items.Count);
        await using var harness = Harness(Connection());
        await harness.StartAsync();

        harness.Events.AlertsIngested(1, 0, 0);
        await ingestion.WaitForRequestsAsync(2);

        var requests = ingestion.Received.ToArray();
        Assert.True(Stopwatch.GetElapsedTime(requests[0].ArrivedAt, requests[1].ArrivedAt) >= TimeSpan.FromMilliseconds(950));
        Assert.Equal(requests[0].Envelopes.Select(e => e.GetRawText()), requests[1].Envelopes.Select(e => e.GetRawText()));
        await harness.StopAsync();
        Assert.DoesNotContain(harness.Logs.Entries, entry => entry.Text.Contains("dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_206_resends_only_the_items_rejected_as_transient_and_drops_the_invalid_one()
    {
        ingestion.Answer = (index, items) => index == 0 ? FakeAnswer.Partial(items.Count, (0, 400), (2, 429)) : FakeAnswer.Accepted(items.Count);
        await using var harness = new ExporterHarness(Connection(), FastOptions() with { FlushInterval = TimeSpan.FromSeconds(30) });
        await harness.StartAsync();

        harness.Events.MessagePoisoned("first");
        harness.Events.MessagePoisoned("second");
        harness.Events.MessagePoisoned("third");
        await harness.StopAsync();

        var requests = ingestion.Received.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal(3, requests[0].Envelopes.Count);
        Assert.Equal("third", Properties(Assert.Single(requests[1].Envelopes)).GetProperty("Queue").GetString());
        Assert.Contains(harness.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Text.Contains("1 events dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_endpoint_that_stays_unavailable_costs_a_few_tries_then_the_batch_is_dropped_with_a_log_line()
    {
        ingestion.Answer = (_, _) => FakeAnswer.Unavailable(retryAfterSeconds: 0);
        await using var harness = new ExporterHarness(Connection(), FastOptions() with { MaxRetries = 2 });
        await harness.StartAsync();

        harness.Events.AlertsIngested(1, 0, 0);
        await ingestion.WaitForRequestsAsync(3);
        await harness.StopAsync();

        Assert.Equal(3, ingestion.Received.Count);
        Assert.Contains(harness.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Text.Contains("1 events dropped: the ingestion endpoint answered 503", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_longest_wait_gives_the_batch_up_at_once()
    {
        ingestion.Answer = (_, _) => FakeAnswer.Unavailable(retryAfterSeconds: 3600);
        await using var harness = Harness(Connection());
        await harness.StartAsync();

        harness.Events.AlertsIngested(1, 0, 0);
        await ingestion.WaitForRequestsAsync(1);
        await harness.StopAsync();

        Assert.Single(ingestion.Received);
        Assert.Contains(harness.Logs.Entries, entry => entry.Text.Contains("1 events dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_endpoint_never_slows_or_fails_the_caller()
    {
        var nobody = new Uri($"http://127.0.0.1:{FreePorts.Take(1)[0]}/");
        await using var harness = new ExporterHarness(AppInsightsConnection.FromSettings(ConnectionString(nobody), null), FastOptions() with { MaxRetries = 1 });
        await harness.StartAsync();

        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < 1000; i++)
        {
            harness.Events.AlertsIngested(i, 0, 0);
        }

        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(2));
        await harness.StopAsync();
        Assert.Contains(harness.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Text.Contains("could not be reached", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_full_queue_drops_new_events_and_says_how_many()
    {
        ingestion.Answer = (_, items) => FakeAnswer.Accepted(items.Count);
        await using var harness = new ExporterHarness(Connection(), FastOptions() with { QueueCapacity = 10 });

        for (var i = 0; i < 25; i++)
        {
            harness.Events.AlertsIngested(i, 0, 0);
        }

        await harness.StartAsync();
        await harness.StopAsync();

        Assert.Equal(15, harness.Queue.Dropped);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => i.ToString(CultureInfo.InvariantCulture)), ingestion.Envelopes.Select(e => Properties(e).GetProperty("Count").GetString()));
        Assert.Contains(harness.Logs.Entries, entry => entry.Text.Contains("15 events dropped: more than 10 were waiting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stopping_sends_what_is_queued_without_waiting_for_the_interval()
    {
        await using var harness = new ExporterHarness(Connection(), FastOptions() with { FlushInterval = TimeSpan.FromMinutes(5) });
        await harness.StartAsync();

        harness.Events.TriageBacklog(new SeverityCounts(1, 2, 3));
        var started = Stopwatch.GetTimestamp();
        await harness.StopAsync();

        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(5));
        Assert.Equal(TelemetryEvent.TriageBacklog, EventName(Assert.Single(ingestion.Envelopes)));
    }

    [Fact]
    public async Task Without_a_connection_string_events_are_only_logged()
    {
        await using var harness = new ExporterHarness(null, FastOptions());
        await harness.StartAsync();

        harness.Events.AlertsIngested(3, 1, 0);
        await harness.StopAsync();

        Assert.False(harness.Queue.Exporting);
        Assert.Empty(ingestion.Received);
        Assert.Contains(harness.Logs.Entries, entry => entry.Level == LogLevel.Information && entry.Text == "AlertsIngested: Count=3 Duplicates=1 Invalid=0");
    }

    public void Dispose() => ingestion.Dispose();

    private AppInsightsConnection Connection() => AppInsightsConnection.FromSettings(ConnectionString(ingestion.Endpoint), null)!;

    private static ExporterHarness Harness(AppInsightsConnection connection) => new(connection, FastOptions());
}
