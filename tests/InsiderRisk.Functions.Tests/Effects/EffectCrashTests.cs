using InsiderRisk.Domain;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Integrations.Sinks;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Effects;

public sealed class EffectCrashTests
{
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
}
