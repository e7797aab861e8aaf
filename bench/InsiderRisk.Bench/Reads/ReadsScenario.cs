using System.Diagnostics;
using System.Globalization;
using InsiderRisk.Bench.AppHost;
using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Measurement;
using InsiderRisk.Bench.Results;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Cases.Api;
using InsiderRisk.Functions.Cases.Index;
using InsiderRisk.Functions.Platform.Settings;
using InsiderRisk.Storage.Cases;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Bench.Reads;

/// <summary>
/// The case reads on 100,000 cases (× scale) seeded with the product's own append and projection code:
/// the case queue (filters and text search, <see cref="CaseQueueQueries"/>) and the case overview,
/// each timed per request from one caller, interleaved request by request with the baseline, a point
/// read of one index row, so a busy neighbour slows all three alike.
/// </summary>
public sealed class ReadsScenario : IScenario
{
    public const int FullCases = 100_000;

    /// <summary>The target for the case queue's p95 on SQLite, in milliseconds.</summary>
    public const double QueueP95TargetMs = 50;

    public string Name => "reads";

    public string Description => "case queue (filters, text search) and case overview p50/p95 vs a point read of one entity";

    public IReadOnlySet<StoreKind> Stores => StoreKinds.Persistent;

    /// <summary>500 and 2,000 cases: Azurite's start and the sampled cases' appends dominate a quick run.</summary>
    public IReadOnlyList<double> QuickScales { get; } = [0.005, 0.02];

    public async Task<IReadOnlyList<Figure>> RunAsync(ScenarioContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CancellationToken cancellationToken = context.CancellationToken;
        long start = Stopwatch.GetTimestamp();
        await using BenchStore store = await BenchStore.OpenAsync(context.Store, cancellationToken);
        await using BenchApp app = await BenchApp.StartAsync(store, cancellationToken: cancellationToken);
        IServiceProvider services = app.Services;
        Log(context, $"app on {context.Store.Name()} ready in {Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s");

        int caseCount = context.Scaled(FullCases);
        DateTimeOffset now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var policy = (await services.GetRequiredService<ISettingsStore>().GetAsync(cancellationToken)).ToCasePolicy();
        long seeding = Stopwatch.GetTimestamp();
        var seeder = new ReadsSeeder(services.GetRequiredService<ICaseEventStore>(), services.GetRequiredService<ITableStore>(), policy);
        IReadOnlyList<SeededCase> sample = await seeder.SeedAsync(caseCount, ReadRunner.SampleSize(context.Quick), context.Seed, now, cancellationToken);
        double seconds = Stopwatch.GetElapsedTime(seeding).TotalSeconds;
        Log(context, $"{caseCount:N0} cases seeded in {seconds:0.0} s ({caseCount / seconds:N0}/s)");

        var probe = new ReadProbe(
            services.GetRequiredService<CaseIndexReader>(),
            services.GetRequiredService<CaseViews>(),
            services.GetRequiredService<ICaseCommands>(),
            services.GetRequiredService<ITableStore>());
        var timings = new ReadTimings();
        var runner = new ReadRunner(probe, CaseQueueQueries.For(now), sample, context.Seed);
        await runner.RunAsync(ReadRunner.Warmup(context.Quick), new ReadTimings(), cancellationToken);
        await runner.RunAsync(ReadRunner.Requests(context.Quick), timings, cancellationToken);
        Log(context, $"{timings.Queue.Count:N0} queue requests ({runner.Listed:N0} cases listed), {timings.Overview.Count:N0} overviews, {timings.PointRead.Count:N0} point reads");
        foreach (var (query, recorder) in timings.ByQuery)
        {
            LatencySummary summary = recorder.Summarize();
            Log(context, $"  {query}: p50 {summary.P50:0.0} ms, p95 {summary.P95:0.0} ms, max {summary.Max:0.0} ms");
        }

        return ReadFigures.Of(timings, context.Store == StoreKind.Sqlite ? QueueP95TargetMs : null);
    }

    private static void Log(ScenarioContext context, FormattableString line) =>
        context.Log.WriteLine("   " + line.ToString(CultureInfo.InvariantCulture));
}
