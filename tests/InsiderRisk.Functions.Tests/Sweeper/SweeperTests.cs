using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Sweeper;
using InsiderRisk.Functions.Telemetry;
using InsiderRisk.Functions.Tests.Effects;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Storage.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Sweeper;

public sealed class SweeperTests
{
    [Fact]
    public async Task Given_a_command_that_died_between_commit_and_enqueue_When_the_sweeper_runs_Then_the_effect_runs_exactly_once()
    {
        var service = new ScriptedEffectHandler(EffectKind.ShareByEmail);
        using var api = new EffectsApi(services => services.AddSingleton<IEffectHandler>(service));
        var caseId = new CaseId(await api.OpenCaseAsync());
        var effectId = await SweeperBuilders.CommitShareWithoutEnqueueAsync(api, caseId);
        var store = api.Get<ICaseEventStore>();

        Assert.Equal(0, await api.DeliverEffectsAsync());
        await api.SweepAsync();
        Assert.Equal(0, await api.DeliverEffectsAsync());

        api.Clock.Advance(OutboxSweeperGrace());
        await api.SweepAsync();
        Assert.Equal(1, await api.DeliverEffectsAsync());
        await api.SweepAsync();
        Assert.Equal(0, await api.DeliverEffectsAsync());

        Assert.Equal((1, 1), (service.Calls, service.OutsideCalls));
        Assert.Equal("Succeeded", (await api.EffectsAsync(caseId.Value)).Effect(effectId.Value).Text("status"));
        Assert.DoesNotContain(await store.ListPendingAsync(caseId.Value), entry => entry.EffectId == effectId.Value);
        Assert.DoesNotContain(await store.ListPendingAsync(caseId.Value), entry => entry.Kind == CaseReadModels.OutboxKind);
    }

    [Fact]
    public async Task Given_a_message_that_is_slow_to_come_When_the_sweeper_also_sends_it_Then_the_two_deliveries_make_one_call()
    {
        var service = new ScriptedEffectHandler(EffectKind.ShareByEmail);
        using var api = new EffectsApi(services => services.AddSingleton<IEffectHandler>(service));
        var caseId = await api.OpenCaseAsync();
        var effectId = await api.ShareByEmailAsync(caseId);

        api.Clock.Advance(OutboxSweeperGrace());
        await api.SweepAsync();

        Assert.Equal(2, await api.DeliverEffectsAsync());
        Assert.Equal(1, service.Calls);
        Assert.Equal("Succeeded", (await api.EffectsAsync(caseId)).Effect(effectId).Text("status"));
    }

    [Fact]
    public async Task Given_an_effect_waiting_for_its_retry_When_the_sweeper_runs_early_Then_it_waits_for_the_retry_time()
    {
        var service = new ScriptedEffectHandler(EffectKind.ShareByEmail, failures: 1);
        using var api = new EffectsApi(services => services.AddSingleton<IEffectHandler>(service));
        var caseId = await api.OpenCaseAsync();
        var effectId = await api.ShareByEmailAsync(caseId);
        await api.DeliverEffectsAsync();

        await api.SweepAsync();
        Assert.Equal(0, await api.DeliverEffectsAsync());
        Assert.Equal(1, service.Calls);

        api.Clock.Advance(OutboxSweeperGrace());
        await api.SweepAsync();
        Assert.True(await api.DeliverEffectsAsync() >= 1);
        Assert.Equal(2, service.Calls);
        Assert.Equal("Succeeded", (await api.EffectsAsync(caseId)).Effect(effectId).Text("status"));
    }

    [Fact]
    public async Task Every_sweep_reports_the_triage_backlog()
    {
        using var api = new EffectsApi();
        using var client = api.Analyst();
        await client.SendJsonAsync(EffectBuilders.Post("/api/alerts", EffectBuilders.Alert(EffectBuilders.NewId("alert"), api.Clock.GetUtcNow(), "High")), System.Net.HttpStatusCode.Accepted);
        await client.SendJsonAsync(EffectBuilders.Post("/api/alerts", EffectBuilders.Alert(EffectBuilders.NewId("alert"), api.Clock.GetUtcNow(), "Low")), System.Net.HttpStatusCode.Accepted);

        await api.SweepAsync();

        var backlog = Assert.Single(api.Telemetry.Named(TelemetryEvent.TriageBacklog));
        Assert.Equal(("1", "0", "1"), (backlog["High"], backlog["Medium"], backlog["Low"]));
    }

    private static TimeSpan OutboxSweeperGrace() => OutboxSweeper.Grace + TimeSpan.FromSeconds(1);
}
