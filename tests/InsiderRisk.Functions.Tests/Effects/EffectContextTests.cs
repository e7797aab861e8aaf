using System.Net;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Effects;
using InsiderRisk.Integrations.Effects;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Effects;

public sealed class EffectContextTests
{
    [Fact]
    public async Task Given_a_notice_When_it_runs_Then_only_it_gets_the_real_person_and_every_effect_gets_the_case_facts()
    {
        var notices = new ScriptedEffectHandler(EffectKind.SendNotice);
        var shares = new ScriptedEffectHandler(EffectKind.ShareByEmail);
        using var api = new EffectsApi(services =>
        {
            services.AddSingleton<IEffectHandler>(notices);
            services.AddSingleton<IEffectHandler>(shares);
        });
        var caseId = await api.OpenCaseAsync();
        using var admin = api.Factory.ClientAs("admin@contoso.test", Role.Admin);
        await admin.SendJsonAsync(
            new HttpRequestMessage(HttpMethod.Put, new Uri("/api/notice-templates/Reminder", UriKind.Relative))
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { subject = "About {{caseName}}", body = "Hello {{userDisplayName}}", sender = "compliance@contoso.test" }),
            },
            HttpStatusCode.OK);
        using var analyst = api.Analyst();
        await analyst.SendJsonAsync(EffectBuilders.Post($"/api/cases/{caseId}/notices", new { templateName = "Reminder" }), HttpStatusCode.Accepted);
        await api.ShareByEmailAsync(caseId);

        Assert.Equal(2, await api.DeliverEffectsAsync());

        var notice = Assert.Single(notices.Invocations).Case;
        Assert.Equal(EffectBuilders.InvestigatedUser, notice.RealUser?.Id);
        var share = Assert.Single(shares.Invocations).Case;
        Assert.Null(share.RealUser);
        Assert.Equal(notice.User, share.User);
        Assert.StartsWith("Roadmap shared externally", share.CaseName, StringComparison.Ordinal);
        Assert.Equal(["Data leaks"], share.Policies);
    }

    [Fact]
    public async Task Given_a_handler_that_throws_When_it_runs_Then_the_attempt_is_a_retryable_failure_that_does_not_quote_it()
    {
        var broken = new ThrowingEffectHandler(EffectKind.ShareByEmail);
        using var api = new EffectsApi(services => services.AddSingleton<IEffectHandler>(broken));
        var caseId = await api.OpenCaseAsync();
        var effectId = await api.ShareByEmailAsync(caseId);

        Assert.Equal(1, await api.DeliverEffectsAsync());

        var effect = (await api.EffectsAsync(caseId)).Effect(effectId);
        Assert.Equal(("Pending", 1), (effect.Text("status"), effect.GetProperty("attempts").GetInt32()));
        Assert.Equal("the broken handler failed unexpectedly (InvalidOperationException)", effect.Text("lastError"));
        Assert.DoesNotContain(api.Factory.Logs.Entries, entry => entry.Text.Contains("megan@contoso.test", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Given_an_effect_kind_without_a_handler_When_the_app_starts_Then_it_stops_naming_the_kinds()
    {
        using var api = new EffectsApi(services => services.AddSingleton(new ConfiguredEffectHandlers([])));

        var error = Assert.ThrowsAny<Exception>(() => api.Factory.Services);

        var message = error is AggregateException aggregate ? string.Join(" ", aggregate.InnerExceptions.Select(e => e.Message)) : error.Message;
        Assert.Contains("No effect handler is registered for SendNotice", message, StringComparison.Ordinal);
        Assert.Contains("RunFlow", message, StringComparison.Ordinal);
    }
}
