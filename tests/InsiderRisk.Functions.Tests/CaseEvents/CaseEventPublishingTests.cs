using System.Net;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Functions.CaseEvents;
using InsiderRisk.Functions.Tests.Effects;
using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Functions.Tests.CaseEvents;

/// <summary>Every append's events reach the local sink, durably, once per event, with users as pseudonyms.</summary>
public sealed class CaseEventPublishingTests
{
    [Fact]
    public async Task A_command_publishes_every_event_of_the_case_in_order_with_the_user_pseudonymized()
    {
        using var api = new EffectsApi();
        var caseId = await api.OpenCaseAsync();
        using var analyst = api.Analyst();
        await analyst.SendJsonAsync(EffectBuilders.Post($"/api/cases/{caseId}/notes", new { text = "Checked the share logs." }), HttpStatusCode.Created);

        Assert.True(await api.DeliverPublishingAsync() >= 2);

        var published = await api.PublishedAsync(caseId);
        var history = await analyst.GetJsonAsync($"/api/cases/{caseId}/history");
        Assert.Equal(history.EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()), published.Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(history.EnumerateArray().Select(e => e.GetProperty("type").GetString()), published.Select(e => e.Body("type")));
        Assert.All(published, e => Assert.Equal($"{caseId}:{e.GetProperty("sequence").GetInt64()}", e.Body("id")));
        Assert.All(published, e => Assert.Equal(e.GetProperty("messageId").GetString(), e.Body("id")));
        var opened = published.First(e => e.Body("type") == "CaseOpened");
        Assert.True(Pseudonymizer.IsPseudonym(opened.GetProperty("body").GetProperty("data").GetProperty("user").GetString()));
        Assert.Equal(EffectBuilders.AnalystId, opened.Body("by"));
        Assert.DoesNotContain(EffectBuilders.InvestigatedUser, string.Join('\n', published.Select(e => e.GetRawText())), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(await api.Get<ICaseEventStore>().ListPendingAsync(caseId), entry => entry.Kind == CaseEventOutbox.Kind);
    }

    [Fact]
    public async Task Given_a_command_that_died_before_sending_When_the_sweeper_runs_after_its_grace_Then_the_events_are_published()
    {
        using var api = new EffectsApi();
        var caseId = await api.OpenCaseAsync();
        Assert.True(await api.LosePublishMessagesAsync() > 0);
        var store = api.Get<ICaseEventStore>();
        var pending = (await store.ListPendingAsync(caseId)).Count(entry => entry.Kind == CaseEventOutbox.Kind);

        await api.SweepAsync();
        Assert.Equal(0, await api.DeliverPublishingAsync());
        Assert.Empty(await api.PublishedAsync(caseId));

        api.Clock.Advance(InsiderRisk.Functions.Sweeper.OutboxSweeper.Grace);
        await api.SweepAsync();
        Assert.Equal(pending, await api.DeliverPublishingAsync());

        var history = await api.Analyst().GetJsonAsync($"/api/cases/{caseId}/history");
        Assert.Equal(history.GetArrayLength(), (await api.PublishedAsync(caseId)).Count);
        Assert.DoesNotContain(await store.ListPendingAsync(caseId), entry => entry.Kind == CaseEventOutbox.Kind);
        await api.SweepAsync();
        Assert.Equal(0, await api.DeliverPublishingAsync());
    }

    [Fact]
    public async Task Publishing_a_range_again_keeps_one_identical_row_per_event()
    {
        using var api = new EffectsApi();
        var caseId = await api.OpenCaseAsync();
        await api.DeliverPublishingAsync();
        var first = await api.PublishedAsync(caseId);

        await api.Get<CaseEventPublishQueue>().SendAsync(caseId, 1, first.Count, CancellationToken.None);
        Assert.Equal(1, await api.DeliverPublishingAsync());

        var again = await api.PublishedAsync(caseId);
        Assert.Equal(first.Select(e => e.GetProperty("body").GetRawText()), again.Select(e => e.GetProperty("body").GetRawText()));
    }

    [Fact]
    public async Task With_CaseEvents_HashActors_the_actors_are_published_as_pseudonyms()
    {
        using var api = new EffectsApi(settings: new Dictionary<string, string?> { ["CaseEvents:HashActors"] = "true" });
        var caseId = await api.OpenCaseAsync();
        await api.DeliverPublishingAsync();

        var published = await api.PublishedAsync(caseId);

        Assert.NotEmpty(published);
        Assert.All(published, e => Assert.True(Pseudonymizer.IsPseudonym(e.Body("by")) || e.Body("by") == "system", e.Body("by")));
        Assert.DoesNotContain(EffectBuilders.AnalystId, string.Join('\n', published.Select(e => e.GetRawText())), StringComparison.OrdinalIgnoreCase);
    }
}
