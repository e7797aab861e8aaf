using System.Diagnostics;
using System.Globalization;
using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Measurement;
using InsiderRisk.Bench.Results;
using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Bench.Scoring;

/// <summary>
/// In-memory risk scoring on one thread, timed by the process's CPU time, so each rate is per core
/// even when the machine is shared. Full size is the recompute's:
/// 100,000 users with 1,000,000 alerts. Each path is measured against a loop that only sums the
/// same scores, alternating round by round.
/// </summary>
public sealed class ScoringScenario : IScenario
{
    public const int FullUsers = 100_000;
    public const int FullAlerts = 1_000_000;

    /// <summary>The target: alerts scored per second per core.</summary>
    public const double TargetAlertsPerSecond = 5_000_000;

    public string Name => "scoring";

    public string Description => "alerts scored/s on one core (formula, counting rules, full assessment) vs summing the same scores";

    public IReadOnlySet<StoreKind> Stores { get; } = new HashSet<StoreKind> { StoreKind.Memory };

    public Task<IReadOnlyList<Figure>> RunAsync(ScenarioContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        long start = Stopwatch.GetTimestamp();
        ScoringData data = ScoringDataGenerator.Generate(context.Scaled(FullUsers), context.Scaled(FullAlerts), context.Seed);
        context.Log.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"   {data.UserCount:N0} users, {data.AlertCount:N0} alerts generated in {Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s"));
        RiskScoringSettings settings = RiskScoringSettings.Default;
        var target = FigureTarget.ValueAtLeast(TargetAlertsPerSecond);
        IReadOnlyList<Figure> figures =
        [
            Measure(context, data, "alerts_per_s", () => ScoringPasses.Compute(data), () => ScoringPasses.SumScores(data), target),
            Measure(context, data, "counted_alerts_per_s", () => ScoringPasses.ComputeCounted(data, settings), () => ScoringPasses.SumFactScores(data), target),
            Measure(context, data, "assessed_alerts_per_s", () => ScoringPasses.Assess(data, settings), () => ScoringPasses.SumFactScores(data), target),
        ];
        return Task.FromResult(figures);
    }

    private static Figure Measure(ScenarioContext context, ScoringData data, string name, Func<long> candidate, Func<long> baseline, FigureTarget target)
    {
        RatePair rates = AlternatingRates.Measure(candidate, baseline, data.AlertCount, context.Plan, RateClock.ProcessCpu, context.CancellationToken);
        context.Log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {name}: {rates.Candidate:N0} (summing: {rates.Baseline:N0})"));
        return new Figure(name, "alerts/s per core", rates.Candidate, rates.Baseline, target, GrowthKind.Throughput);
    }
}
