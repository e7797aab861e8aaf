using System.Net;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Effects;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Sinks;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Effects;

public sealed class EffectRunnerTests
{
    [Fact]
    public async Task Given_an_email_share_When_its_message_is_delivered_Then_the_local_sink_keeps_the_email_and_the_case_shows_it()
    {
        using var api = new EffectsApi();
        var caseId = await api.OpenCaseAsync();
        var effectId = await api.ShareByEmailAsync(caseId, "legal@contoso.test");

        Assert.Equal(1, await api.DeliverEffectsAsync());

        var effect = (await api.EffectsAsync(caseId)).Effect(effectId);
        Assert.Equal("Succeeded", effect.Text("status"));
        Assert.Contains("legal@contoso.test", effect.Text("result"), StringComparison.Ordinal);
        var notes = await api.NotesAsync(caseId);
        Assert.Contains(notes.EnumerateArray(), note => note.Text("text").Contains("legal@contoso.test", StringComparison.Ordinal));
        using var client = api.Analyst();
        var sent = await client.GetJsonAsync($"/api/cases/{caseId}/effects/{effectId}/sent");
        Assert.Equal("local-sink", sent.Text("channel"));
        Assert.Equal(1, sent.GetProperty("attempt").GetInt32());
        Assert.Equal(["legal@contoso.test"], sent.GetProperty("email").GetProperty("to").EnumerateArray().Select(to => to.GetString()));
        Assert.False(string.IsNullOrWhiteSpace(sent.GetProperty("email").Text("subject")));
        var completed = Assert.Single(api.Telemetry.Named(TelemetryEvent.CaseEffectCompleted));
        Assert.Equal(("Share", "Succeeded", "1"), (completed["EffectKind"], completed["Outcome"], completed["Attempts"]));
    }

    [Fact]
    public async Task Given_a_finished_effect_When_its_message_comes_again_Then_nothing_changes()
    {
        var service = new ScriptedEffectHandler(EffectKind.ShareByEmail);
        using var api = new EffectsApi(services => services.AddSingleton<IEffectHandler>(service));
        var caseId = await api.OpenCaseAsync();
        var effectId = await api.ShareByEmailAsync(caseId);
        await api.DeliverEffectsAsync();
        using var client = api.Analyst();
        var history = await client.GetJsonAsync($"/api/cases/{caseId}/history");

        var scheduler = api.Get<CaseEffectScheduler>();
        await scheduler.ScheduleAsync(new CaseId(caseId), new EffectId(effectId), null, CancellationToken.None);
        await scheduler.ScheduleAsync(new CaseId(caseId), new EffectId(effectId), null, CancellationToken.None);
        Assert.Equal(2, await api.DeliverEffectsAsync());

        Assert.Equal(1, service.Calls);
        Assert.Equal(history.GetArrayLength(), (await client.GetJsonAsync($"/api/cases/{caseId}/history")).GetArrayLength());
        Assert.Equal("Succeeded", (await api.EffectsAsync(caseId)).Effect(effectId).Text("status"));
    }

    [Fact]
    public async Task Given_a_service_that_fails_twice_When_retries_come_due_Then_the_third_attempt_succeeds_and_the_effect_shows_its_history()
    {
        var service = new ScriptedEffectHandler(EffectKind.ShareByEmail, failures: 2);
        using var api = new EffectsApi(services => services.AddSingleton<IEffectHandler>(service));
        var caseId = await api.OpenCaseAsync();
        var effectId = await api.ShareByEmailAsync(caseId);

        await api.DeliverEffectsAsync();
        var first = (await api.EffectsAsync(caseId)).Effect(effectId);
        Assert.Equal(("Pending", 1), (first.Text("status"), first.GetProperty("attempts").GetInt32()));
        Assert.Contains("call 1", first.Text("lastError"), StringComparison.Ordinal);

        Assert.Equal(0, await api.DeliverEffectsAsync());
        api.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, await api.DeliverEffectsAsync());
        Assert.Equal(2, (await api.EffectsAsync(caseId)).Effect(effectId).GetProperty("attempts").GetInt32());

        api.Clock.Advance(TimeSpan.FromSeconds(19));
        Assert.Equal(0, await api.DeliverEffectsAsync());
        api.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await api.DeliverEffectsAsync());

        var done = (await api.EffectsAsync(caseId)).Effect(effectId);
        Assert.Equal("Succeeded", done.Text("status"));
        Assert.Equal(2, done.GetProperty("attempts").GetInt32());
        Assert.Contains("call 2", done.Text("lastError"), StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], service.Invocations.Select(invocation => invocation.Attempt));
        Assert.Equal((3, 1), (service.Calls, service.OutsideCalls));
        var completed = Assert.Single(api.Telemetry.Named(TelemetryEvent.CaseEffectCompleted));
        Assert.Equal(("Succeeded", "3"), (completed["Outcome"], completed["Attempts"]));
    }

    [Fact]
    public async Task Given_a_service_that_always_fails_When_the_last_attempt_fails_Then_the_effect_is_Failed_with_its_reason_and_a_note()
    {
        var service = new ScriptedEffectHandler(EffectKind.ShareByEmail, failures: 100, error: "mailbox unavailable");
        using var api = new EffectsApi(services => services.AddSingleton<IEffectHandler>(service));
        var caseId = await api.OpenCaseAsync();
        var effectId = await api.ShareByEmailAsync(caseId);

        for (var attempt = 1; attempt <= 6; attempt++)
        {
            Assert.Equal(1, await api.DeliverEffectsAsync());
            api.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Equal(0, await api.DeliverEffectsAsync());
        var failed = (await api.EffectsAsync(caseId)).Effect(effectId);
        Assert.Equal("Failed", failed.Text("status"));
        Assert.Contains("mailbox unavailable on call 6", failed.Text("lastError"), StringComparison.Ordinal);
        Assert.Contains("given up after 6 attempts", failed.Text("lastError"), StringComparison.Ordinal);
        var note = (await api.NotesAsync(caseId)).EnumerateArray().First();
        Assert.Equal(CaseNote.SystemAuthor, note.Text("author"));
        Assert.Contains("mailbox unavailable", note.Text("text"), StringComparison.Ordinal);
        Assert.Equal(6, service.Calls);
        var completed = Assert.Single(api.Telemetry.Named(TelemetryEvent.CaseEffectCompleted));
        Assert.Equal(("Share", "Failed", "6"), (completed["EffectKind"], completed["Outcome"], completed["Attempts"]));
        using var client = api.Analyst();
        var sent = await client.GetJsonAsync($"/api/cases/{caseId}/effects/{effectId}/sent");
        Assert.Equal(("scripted", "Failed"), (sent.Text("channel"), sent.Text("status")));
    }

    [Fact]
    public async Task Given_a_permanent_refusal_When_the_first_attempt_gets_it_Then_the_effect_fails_at_once()
    {
        var service = new ScriptedEffectHandler(EffectKind.ShareByEmail, failures: 1, permanent: true, error: "recipient rejected (400)");
        using var api = new EffectsApi(services => services.AddSingleton<IEffectHandler>(service));
        var caseId = await api.OpenCaseAsync();
        var effectId = await api.ShareByEmailAsync(caseId);

        await api.DeliverEffectsAsync();
        api.Clock.Advance(TimeSpan.FromHours(1));
        await api.DeliverEffectsAsync();

        var failed = (await api.EffectsAsync(caseId)).Effect(effectId);
        Assert.Equal(("Failed", "recipient rejected (400) on call 1"), (failed.Text("status"), failed.Text("lastError")));
        Assert.Equal(1, service.Calls);
    }

    [Fact]
    public async Task Given_a_runner_that_dies_after_the_outside_call_When_the_message_comes_back_Then_the_sink_holds_one_email_and_the_case_one_outcome()
    {
        using var api = new EffectsApi(services =>
        {
            services.AddSingleton<CaseCommandService>();
            services.AddSingleton<ICaseCommands>(provider => new FailingCaseCommands(provider.GetRequiredService<CaseCommandService>()));
        });
        var caseId = await api.OpenCaseAsync();
        var effectId = await api.ShareByEmailAsync(caseId);

        Assert.Equal(1, await api.DeliverEffectsAsync());
        var sink = api.Get<ISentMessageReader>();
        Assert.Single(await sink.ListAsync(new CaseId(caseId)));
        Assert.Equal("Pending", (await api.EffectsAsync(caseId)).Effect(effectId).Text("status"));

        api.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await api.DeliverEffectsAsync());

        var sent = Assert.Single(await sink.ListAsync(new CaseId(caseId)));
        Assert.Equal(effectId, sent.EffectId.Value);
        var effect = (await api.EffectsAsync(caseId)).Effect(effectId);
        Assert.Equal(("Succeeded", 0), (effect.Text("status"), effect.GetProperty("attempts").GetInt32()));
        var notes = await api.NotesAsync(caseId);
        Assert.Single(notes.EnumerateArray(), note => note.Text("text").Contains("legal@contoso.test", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_message_naming_nothing_we_know_When_delivered_Then_it_is_acknowledged_without_a_call()
    {
        var service = new ScriptedEffectHandler(EffectKind.ShareByEmail);
        using var api = new EffectsApi(services => services.AddSingleton<IEffectHandler>(service));
        var caseId = await api.OpenCaseAsync();
        var scheduler = api.Get<CaseEffectScheduler>();
        await scheduler.ScheduleAsync(new CaseId(caseId), new EffectId(caseId + "-fx99999999"), null, CancellationToken.None);
        await scheduler.ScheduleAsync(new CaseId("no-such-case"), new EffectId("no-such-case-fx00000001"), null, CancellationToken.None);

        Assert.Equal(2, await api.DeliverEffectsAsync());
        Assert.Equal(0, await api.DeliverEffectsAsync());
        Assert.Equal(0, service.Calls);
    }

    [Fact]
    public async Task Given_an_Auditor_or_an_unknown_effect_When_asking_what_was_sent_Then_403_and_404()
    {
        using var api = new EffectsApi();
        var caseId = await api.OpenCaseAsync();
        var effectId = await api.ShareByEmailAsync(caseId);
        using var auditor = api.Factory.ClientAs("aud@contoso.test", Domain.Access.Role.Auditor);
        using var analyst = api.Analyst();

        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync(new Uri($"/api/cases/{caseId}/effects/{effectId}/sent", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync(new Uri($"/api/cases/{caseId}/effects/{effectId}/sent", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync(new Uri($"/api/cases/{caseId}/effects/nope/sent", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync(new Uri($"/api/cases/unknown-case/effects/nope/sent", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Factory.Anonymous().GetAsync(new Uri($"/api/cases/{caseId}/effects/{effectId}/sent", UriKind.Relative))).StatusCode);
    }
}
