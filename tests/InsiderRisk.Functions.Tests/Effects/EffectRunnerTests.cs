using System.Net;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Effects;
using InsiderRisk.Functions.Telemetry;
using InsiderRisk.Integrations.Effects;
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
