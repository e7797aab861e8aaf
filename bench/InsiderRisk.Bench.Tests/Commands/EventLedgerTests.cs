using System.Collections.Immutable;
using InsiderRisk.Bench.AppHost;
using InsiderRisk.Bench.CaseData;
using InsiderRisk.Bench.Commands;
using InsiderRisk.Bench.Harness;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Storage.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Bench.Tests.Commands;

public sealed class EventLedgerTests
{
    [Fact]
    public async Task GivenACaseOpenedThroughTheCommandPath_WhenTheLedgerHoldsItsEvents_ThenNothingIsMissing_AndAnExtraOrMissingEventIsCounted()
    {
        await using var store = await BenchStore.OpenAsync(StoreKind.Sqlite);
        await using var app = await BenchApp.StartAsync(store);
        var commands = app.Services.GetRequiredService<ICaseCommands>();
        var events = app.Services.GetRequiredService<ICaseEventStore>();
        var open = SyntheticCases.Open(SyntheticCases.Id("t", 1), 1, DateTimeOffset.UtcNow, new Random(3));
        var opened = await commands.ExecuteAsync(open);
        Assert.True(opened.Succeeded);

        var exact = new EventLedger();
        exact.Add(open.CaseId.Value, opened.Events);
        var oneTooMany = new EventLedger();
        oneTooMany.Add(open.CaseId.Value, [.. opened.Events, opened.Events[0]]);
        var oneMissing = new EventLedger();
        oneMissing.Add(open.CaseId.Value, [.. opened.Events.Skip(1)]);

        Assert.Equal(0, await exact.CountMismatchesAsync(events, CancellationToken.None));
        Assert.Equal(1, await oneTooMany.CountMismatchesAsync(events, CancellationToken.None));
        Assert.Equal(1, await oneMissing.CountMismatchesAsync(events, CancellationToken.None));
    }

    [Fact]
    public void GivenASeed_WhenTheMixIsPlanned_ThenItIsTheSameEachTime_AndHoldsEveryKindAndHotCases()
    {
        ImmutableArray<Domain.CaseId> cases = [.. Enumerable.Range(0, 100).Select(i => SyntheticCases.Id("p", i))];

        var plan = CommandWorkload.Plan(cases, 5, 0);

        Assert.Equal(plan, CommandWorkload.Plan(cases, 5, 0));
        Assert.Equal(cases.Length * CommandWorkload.CommandsPerCase, plan.Count);
        Assert.All(Enum.GetValues<PlannedKind>(), kind => Assert.Contains(plan, c => c.Kind == kind));
        int hot = plan.Count(c => cases.IndexOf(c.CaseId) < CommandWorkload.HotCases);
        Assert.True(hot > plan.Count / 10, $"{hot} of {plan.Count} commands on the hot cases");
    }
}
