using System.Net;
using InsiderRisk.Functions.CaseEvents;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.LocalRun;
using InsiderRisk.Functions.Tests.Effects;
using Microsoft.Extensions.Configuration;

namespace InsiderRisk.Functions.Tests.CaseEvents;

public sealed class CaseEventRangeTests
{
    [Fact]
    public async Task A_late_resend_of_a_range_before_the_snapshot_publishes_exactly_that_range_from_the_history()
    {
        using var api = new EffectsApi();
        var caseId = await api.OpenCaseAsync();
        using var analyst = api.Analyst();
        for (var i = 0; i < 25; i++)
        {
            await analyst.SendJsonAsync(EffectBuilders.Post($"/api/cases/{caseId}/notes", new { text = $"note {i}" }), HttpStatusCode.Created);
        }

        await api.LosePublishMessagesAsync();
        await api.Get<CaseEventPublishQueue>().SendAsync(caseId, 2, 4, CancellationToken.None);
        Assert.Equal(1, await api.DeliverPublishingAsync());

        var history = (await analyst.GetJsonAsync($"/api/cases/{caseId}/history")).EnumerateArray().ToList();
        var published = await api.PublishedAsync(caseId);
        Assert.True(history.Count > 25);
        Assert.Equal([2L, 3L, 4L], published.Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(history.Skip(1).Take(3).Select(e => e.GetProperty("type").GetString()), published.Select(e => e.Body("type")));
    }

    [Fact]
    public void The_local_run_polls_the_case_event_publish_queue()
    {
        var triggers = LocalTriggers.Discover([PublishCaseEventsFunction.Definition.Name], new ConfigurationBuilder().Build());

        var queue = Assert.IsType<LocalTrigger.Queue>(Assert.Single(triggers));
        Assert.Equal(("PublishCaseEvents", "case-event-publish"), (queue.Function.Name, queue.QueueName));
    }
}
