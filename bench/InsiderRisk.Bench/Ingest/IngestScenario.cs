using System.Diagnostics;
using System.Globalization;
using InsiderRisk.Bench.AppHost;
using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Results;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Platform.Storage;
using InsiderRisk.Storage.Alerts;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderRisk.Bench.Ingest;

/// <summary>
/// 100,000 alerts of 10,000 users (× scale) through the real ingestion path: each delivery of 100
/// alerts is one <c>IngestAlerts</c> invocation of the app's own handler (validation, pseudonyms,
/// alert rows, user index, triage queue, timeline, risk markers, audit). Alternating delivery by
/// delivery, the baseline writes the very rows that delivery wrote (noted by
/// <see cref="RecordingTableStore"/>) as raw batched upserts into the same store.
/// </summary>
public sealed class IngestScenario : IScenario
{
    public const int FullAlerts = 100_000;
    public const int FullUsers = 10_000;
    public const double TargetRatio = 0.70;
    public const int WarmupDeliveries = 2;

    public string Name => "ingest";

    public string Description => "alerts/s through the app's IngestAlerts handler vs raw batched upserts of the rows it wrote";

    public IReadOnlySet<StoreKind> Stores { get; } = new HashSet<StoreKind> { StoreKind.Sqlite, StoreKind.Azurite };

    /// <summary>200 and 500 alerts: every write is a round trip (an fsync on SQLite), so this is what fits the quick budget.</summary>
    public IReadOnlyList<double> QuickScales { get; } = [0.002, 0.005];

    public async Task<IReadOnlyList<Figure>> RunAsync(ScenarioContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = context.CancellationToken;
        await using var store = await BenchStore.OpenAsync(context.Store, token);
        await using var app = await BenchApp.StartAsync(store, RecordWrites, token);
        var recorder = (RecordingTableStore)app.Services.GetRequiredService<ITableStore>();
        var raw = new RawBatchWriter(recorder.Inner);
        var deliveries = new IngestDeliveries(context.Scaled(FullUsers), context.Scaled(FullAlerts), context.Seed, DateTimeOffset.UtcNow);

        for (int i = 0; i < WarmupDeliveries; i++)
        {
            await IngestAsync(app, recorder, raw, deliveries.Warmup(i), token);
        }

        var total = default(Timings);
        for (int i = 0; i < deliveries.Count; i++)
        {
            total += await IngestAsync(app, recorder, raw, deliveries.Delivery(i), token);
        }

        long stored = await CountAsync(recorder.Inner, app.Services.GetRequiredService<AlertStoreTables>().Alerts, token);
        long expected = deliveries.Alerts + (WarmupDeliveries * IngestDeliveries.BatchSize);
        if (stored != expected)
        {
            throw new InvalidOperationException($"The store holds {stored:N0} alerts; {expected:N0} were delivered.");
        }

        double alertsPerSecond = deliveries.Alerts / total.App.TotalSeconds;
        double rawPerSecond = deliveries.Alerts / total.Raw.TotalSeconds;
        context.Log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   {deliveries.Alerts:N0} alerts in {deliveries.Count:N0} deliveries: {total.App.TotalSeconds:0.0} s through the app, {total.Raw.TotalSeconds:0.0} s raw ({total.Rows:N0} rows)"));
        return
        [
            new Figure("alerts_per_s", "alerts/s", alertsPerSecond, rawPerSecond, FigureTarget.RatioAtLeast(TargetRatio), GrowthKind.Throughput),
            new Figure("rows_per_alert", "rows", (double)total.Rows / deliveries.Alerts),
            new Figure("alerts_stored", "alerts", stored),
        ];
    }

    private static void RecordWrites(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<ITableStore>(provider => new RecordingTableStore(provider.GetRequiredService<StoreConnector>().Tables)));

    private static async Task<Timings> IngestAsync(BenchApp app, RecordingTableStore recorder, RawBatchWriter raw, System.Text.Json.JsonElement delivery, CancellationToken token)
    {
        long start = Stopwatch.GetTimestamp();
        await app.InvokeAsync(IngestAlertsFunction.Definition, delivery, token);
        var appTime = Stopwatch.GetElapsedTime(start);

        var writes = recorder.Drain();
        await raw.PrepareAsync(writes, token);
        start = Stopwatch.GetTimestamp();
        int rows = await raw.WriteAsync(writes, token);
        return new Timings(appTime, Stopwatch.GetElapsedTime(start), rows);
    }

    private static async Task<long> CountAsync(ITableStore tables, string table, CancellationToken token)
    {
        long count = 0;
        await foreach (var _ in tables.QueryAsync(table, new TableQuery { Select = [] }, token))
        {
            count++;
        }

        return count;
    }

    private readonly record struct Timings(TimeSpan App, TimeSpan Raw, long Rows)
    {
        public static Timings operator +(Timings left, Timings right) => new(left.App + right.App, left.Raw + right.Raw, left.Rows + right.Rows);
    }
}
