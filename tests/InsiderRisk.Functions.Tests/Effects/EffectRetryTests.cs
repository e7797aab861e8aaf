using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Telemetry;
using InsiderRisk.Integrations.Effects;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Effects;

public sealed class EffectRetryTests
{
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
}
