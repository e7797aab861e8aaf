using System.Net;
using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Tests.Effects;
using InsiderRisk.Functions.Tests.Support;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.LocalRun;

/// <summary>The same lifecycle on Azurite: real Storage queues with visibility timeouts, real tables.</summary>
public sealed class LocalRunOnAzuriteTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Given_Azurite_When_a_case_asks_for_an_email_share_Then_the_loop_runs_it_through_the_local_sink()
    {
        using var factory = LocalRunBuilders.AppWithLoop(azurite.Server);
        using var client = factory.ClientAs(EffectBuilders.AnalystId, Role.Analyst);
        var alertId = EffectBuilders.NewId("azurite");
        await client.SendJsonAsync(EffectBuilders.Post("/api/alerts", EffectBuilders.Alert(alertId, DateTimeOffset.UtcNow)), HttpStatusCode.Accepted);
        var caseId = (await client.SendJsonAsync(EffectBuilders.Post($"/api/alerts/{alertId}/confirm", new { caseName = "Azurite case " + alertId[^6..] }), HttpStatusCode.Created)).Text("caseId");
        var effectId = (await client.SendJsonAsync(EffectBuilders.Post($"/api/cases/{caseId}/share", new { target = "Email", recipient = "legal@contoso.test" }), HttpStatusCode.Accepted)).Text("effectId");

        var effects = await LocalRunBuilders.EventuallyAsync(
            () => client.GetJsonAsync($"/api/cases/{caseId}/effects"),
            list => list.Effect(effectId).Text("status") == "Succeeded");

        Assert.Equal("Succeeded", effects.Effect(effectId).Text("status"));
        var sent = await client.GetJsonAsync($"/api/cases/{caseId}/effects/{effectId}/sent");
        Assert.Equal(["legal@contoso.test"], sent.GetProperty("email").GetProperty("to").EnumerateArray().Select(to => to.GetString()));
    }

    [Fact]
    public async Task Given_Azurite_and_a_failing_service_When_it_recovers_Then_the_retry_message_comes_back_after_its_delay_and_succeeds()
    {
        var service = new ScriptedEffectHandler(Domain.Cases.EffectKind.ShareByEmail, failures: 1);
        using var api = new EffectsApi(services => services.AddSingleton<IEffectHandler>(service), azurite.Server);
        var caseId = await api.OpenCaseAsync();
        var effectId = await api.ShareByEmailAsync(caseId);

        await api.DeliverEffectsAsync();
        Assert.Equal("Pending", (await api.EffectsAsync(caseId)).Effect(effectId).Text("status"));

        // Azurite keeps real time: the retry message stays invisible for the real 10 s backoff; the app's clock follows.
        api.Clock.Advance(TimeSpan.FromSeconds(10));
        var effects = await LocalRunBuilders.EventuallyAsync(
            async () =>
            {
                await api.DeliverEffectsAsync();
                return await api.EffectsAsync(caseId);
            },
            list => list.Effect(effectId).Text("status") == "Succeeded");
        Assert.Equal("Succeeded", effects.Effect(effectId).Text("status"));
        Assert.Equal((2, 1), (service.Calls, service.OutsideCalls));
    }
}
