using System.Diagnostics;
using System.Globalization;
using InsiderRisk.Bench.AppHost;
using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Results;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Functions.Risk;
using InsiderRisk.Storage.Alerts;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Bench.Recompute;

/// <summary>
/// 100,000 users with 1,000,000 alerts (× scale), loaded with their "inputs changed" markers, then a
/// run of the app's own risk processor (<see cref="RiskRunScheduler"/> + <see cref="IRiskProcessor"/>,
/// streaming shard by shard, a page at a time) that scores every user: <c>recompute_full</c>, against a
/// raw streamed read of the same alert rows and against the scoring alone in memory. Then one user in
/// a hundred gets a new alert through the app's ingestion and the next run rescores only them:
/// <c>recompute_incremental</c>, its time against the full run's.
/// </summary>
public sealed class RecomputeScenario : IScenario
{
    public const int FullUsers = 100_000;
    public const int FullAlerts = 1_000_000;
    public const double FullTarget = 0.50;
    public const double IncrementalTarget = 0.05;
    public const string Full = "recompute_full";
    public const string Incremental = "recompute_incremental";

    public string Name => "recompute";

    public IReadOnlyList<string> Names { get; } = [Full, Incremental];

    public string Description => "users/s of a full risk run vs a raw read of the alert rows; a 1%-changed incremental run's time vs the full run's";

    public IReadOnlySet<StoreKind> Stores { get; } = new HashSet<StoreKind> { StoreKind.Sqlite, StoreKind.Azurite };

    /// <summary>100 and 250 users (1,000 and 2,500 alerts): the run scores a user at a time, each a dozen round trips.</summary>
    public IReadOnlyList<double> QuickScales { get; } = [0.001, 0.0025];

    public async Task<IReadOnlyList<Figure>> RunAsync(ScenarioContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = context.CancellationToken;
        await using var store = await BenchStore.OpenAsync(context.Store, token);
        await using var app = await BenchApp.StartAsync(store, cancellationToken: token);
        var tables = app.Services.GetRequiredService<ITableStore>();
        var alertTable = app.Services.GetRequiredService<AlertStoreTables>().Alerts;
        var directory = app.Services.GetRequiredService<IUserDirectory>();
        var data = new RecomputeData(context.Scaled(FullUsers), context.Scaled(FullAlerts), context.Seed, DateTimeOffset.UtcNow);

        long start = Stopwatch.GetTimestamp();
        long alerts = await new RecomputeLoader(tables, app.Services.GetRequiredService<AlertStoreTables>(), directory).LoadAsync(data, token);
        Log(context, $"{data.UserCount:N0} users, {alerts:N0} alerts loaded in {Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s");

        var before = await RecomputeBaselines.ReadAlertRowsAsync(tables, alertTable, token);
        var full = await RunOnceAsync(app, token);
        Expect(full.Run.UsersRescored == data.UserCount, $"The full run rescored {full.Run.UsersRescored:N0} of {data.UserCount:N0} users.");
        var after = await RecomputeBaselines.ReadAlertRowsAsync(tables, alertTable, token);
        Expect(before.Rows == alerts && after.Rows == alerts, $"The raw read found {before.Rows:N0} and {after.Rows:N0} of {alerts:N0} alert rows.");
        var raw = (before.Time + after.Time) / 2;
        var scoringContext = await app.Services.GetRequiredService<RiskScoringContextSource>().GetAsync(token);
        var scoring = RecomputeBaselines.ScoreInMemory(data, scoringContext, directory);
        Log(context, $"full run {full.Time.TotalSeconds:0.00} s; raw read {raw.TotalSeconds:0.00} s; scoring in memory {scoring.TotalSeconds:0.000} s");

        var changes = new RecomputeChanges(data, context.Seed);
        foreach (var delivery in changes.Deliveries())
        {
            await app.InvokeAsync(IngestAlertsFunction.Definition, delivery, token);
        }

        var incremental = await RunOnceAsync(app, token);
        Expect(incremental.Run.UsersRescored == changes.Users, $"The incremental run rescored {incremental.Run.UsersRescored:N0} users; {changes.Users:N0} changed.");
        Log(context, $"incremental run {incremental.Time.TotalSeconds:0.000} s for {changes.Users:N0} changed users");

        double users = data.UserCount;
        return
        [
            new Figure("users_per_s", "users/s", users / full.Time.TotalSeconds, users / raw.TotalSeconds, FigureTarget.RatioAtLeast(FullTarget), GrowthKind.Throughput) { Scenario = Full },
            new Figure("users_per_s_vs_scoring", "users/s", users / full.Time.TotalSeconds, users / scoring.TotalSeconds, Growth: GrowthKind.Throughput) { Scenario = Full },
            new Figure("run_s", "s", incremental.Time.TotalSeconds, full.Time.TotalSeconds, FigureTarget.RatioAtMost(IncrementalTarget), GrowthKind.Cost) { Scenario = Incremental },
            new Figure("users_rescored", "users", incremental.Run.UsersRescored) { Scenario = Incremental },
        ];
    }

    /// <summary>A run as <c>POST /api/admin/risk/recompute</c> starts it, continued slice by slice until it completes.</summary>
    private static async Task<(TimeSpan Time, RiskRun Run)> RunOnceAsync(BenchApp app, CancellationToken token)
    {
        var scheduler = app.Services.GetRequiredService<RiskRunScheduler>();
        var processor = app.Services.GetRequiredService<IRiskProcessor>();
        long start = Stopwatch.GetTimestamp();
        var run = await scheduler.StartAsync(RiskRunTrigger.Manual, token);
        while (true)
        {
            var slice = await processor.RunAsync(run.RunId, RiskRunBudget.Unlimited, token);
            switch (slice.Outcome)
            {
                case RiskRunSliceOutcome.Completed when slice.Run is { } done:
                    return (Stopwatch.GetElapsedTime(start), done);
                case RiskRunSliceOutcome.Paused:
                    continue;
                default:
                    throw new InvalidOperationException($"Risk run {run.RunId} ended a slice {slice.Outcome}.");
            }
        }
    }

    private static void Expect(bool condition, string failure)
    {
        if (!condition)
        {
            throw new InvalidOperationException(failure);
        }
    }

    private static void Log(ScenarioContext context, FormattableString line) =>
        context.Log.WriteLine("   " + line.ToString(CultureInfo.InvariantCulture));
}
