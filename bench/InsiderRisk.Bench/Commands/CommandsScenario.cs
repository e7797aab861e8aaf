using System.Diagnostics;
using System.Globalization;
using InsiderRisk.Bench.AppHost;
using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Measurement;
using InsiderRisk.Bench.Results;
using InsiderRisk.Domain;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Storage.Cases;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Bench.Commands;

/// <summary>
/// Case commands through the app's own <see cref="ICaseCommands"/> on the chosen store: 1,000 cases
/// (× scale) take the <see cref="CommandWorkload"/> mix from <see cref="Writers"/> concurrent writers;
/// the baseline is the same mix on as many other cases from one writer. Baseline and concurrent runs
/// alternate in halves so a busy neighbour slows both alike. Afterwards every case's stored history is
/// compared with the events the command path accepted: nothing may be lost or duplicated.
/// </summary>
public sealed class CommandsScenario : IScenario
{
    public const int FullCases = 1_000;
    public const int Writers = 16;
    public const double MaxP99OverP50 = 10;

    private const int Rounds = 2;
    private const int WarmupCases = 4;

    public string Name => "commands";

    public string Description => "case commands/s and p50/p95/p99 with 16 concurrent writers (notes, notices, resolves) vs one writer; lost or duplicated events";

    public IReadOnlySet<StoreKind> Stores => StoreKinds.Persistent;

    /// <summary>8 and 16 cases: on Azurite a command takes 50-80 ms on this machine, and a quick run of everything has 5 minutes.</summary>
    public IReadOnlyList<double> QuickScales { get; } = [0.008, 0.016];

    public async Task<IReadOnlyList<Figure>> RunAsync(ScenarioContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CancellationToken cancellationToken = context.CancellationToken;
        long start = Stopwatch.GetTimestamp();
        await using BenchStore store = await BenchStore.OpenAsync(context.Store, cancellationToken);
        await using BenchApp app = await BenchApp.StartAsync(store, cancellationToken: cancellationToken);
        IServiceProvider host = app.Services;
        context.Log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   app on {context.Store.Name()} ready in {Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s"));
        await BenchNoticeTemplate.SaveAsync(host.GetRequiredService<ITableStore>(), cancellationToken);
        int caseCount = context.Scaled(FullCases);
        var ledger = new EventLedger();
        var opener = new CaseOpener(host.GetRequiredService<ICaseCommands>(), ledger);
        IReadOnlyList<CaseId> concurrentCases = await opener.OpenAsync("c", caseCount, context.Seed, cancellationToken);
        IReadOnlyList<CaseId> singleCases = await opener.OpenAsync("s", caseCount, context.Seed + 1, cancellationToken);
        IReadOnlyList<CaseId> warmupCases = await opener.OpenAsync("w", WarmupCases, context.Seed + 2, cancellationToken);

        context.Log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {ledger.Cases:N0} cases opened; {Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s so far"));
        var driver = new CommandDriver(host.GetRequiredService<ICaseCommands>(), host.GetRequiredService<NoticeTemplateSource>(), host.GetRequiredService<TimeProvider>());
        await driver.RunAsync(CommandWorkload.Plan(warmupCases, context.Seed, 0), Writers, new LatencyRecorder(), ledger, cancellationToken);
        IReadOnlyList<PlannedCommand> concurrentPlan = CommandWorkload.Plan(concurrentCases, context.Seed, 1_000_000);
        IReadOnlyList<PlannedCommand> singlePlan = CommandWorkload.Plan(singleCases, context.Seed, 2_000_000);
        var concurrentLatency = new LatencyRecorder();
        var singleLatency = new LatencyRecorder();
        CommandTally concurrent = Empty;
        CommandTally single = Empty;
        for (int round = 0; round < Rounds; round++)
        {
            single = single.Plus(await driver.RunAsync(Slice(singlePlan, round), 1, singleLatency, ledger, cancellationToken));
            concurrent = concurrent.Plus(await driver.RunAsync(Slice(concurrentPlan, round), Writers, concurrentLatency, ledger, cancellationToken));
        }

        long mismatches = await ledger.CountMismatchesAsync(host.GetRequiredService<ICaseEventStore>(), cancellationToken);
        Log(context, "one writer", single);
        Log(context, $"{Writers} writers", concurrent);
        context.Log.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"   {ledger.Cases:N0} cases, {ledger.Events:N0} accepted events checked against the store: {mismatches} lost or duplicated"));
        return CommandFigures.Of(concurrent, single, concurrentLatency.Summarize(), singleLatency.Summarize(), mismatches);
    }

    private static CommandTally Empty { get; } = new(0, 0, 0, 0, TimeSpan.Zero);

    private static List<PlannedCommand> Slice(IReadOnlyList<PlannedCommand> plan, int round)
    {
        int size = (plan.Count + Rounds - 1) / Rounds;
        return [.. plan.Skip(round * size).Take(size)];
    }

    private static void Log(ScenarioContext context, string who, CommandTally tally) =>
        context.Log.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"   {who}: {tally.Commands:N0} commands in {tally.Elapsed.TotalSeconds:0.00} s ({tally.PerSecond:N0}/s): {tally.Accepted:N0} accepted, {tally.Refused:N0} refused by the rules, {tally.Busy:N0} case-busy"));
}
