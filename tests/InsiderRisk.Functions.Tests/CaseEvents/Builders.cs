using System.Text.Json;
using InsiderRisk.Functions.CaseEvents;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.LocalRun;
using InsiderRisk.Functions.Tests.Effects;
using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Functions.Tests.CaseEvents;

/// <summary>Drives <c>PublishCaseEvents</c> as the local run does, and reads what it published.</summary>
public static class CaseEventBuilders
{
    public static LocalTrigger.Queue Trigger { get; } = new(PublishCaseEventsFunction.Definition, CaseEventPublishQueue.QueueName);

    /// <summary>Delivers the visible <c>case-event-publish</c> messages until none is left; returns how many ran.</summary>
    public static async Task<int> DeliverPublishingAsync(this EffectsApi api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var poller = api.Get<LocalQueuePoller>();
        var total = 0;
        for (var round = 0; round < 50; round++)
        {
            var delivered = await poller.PollAsync(Trigger, CancellationToken.None);
            if (delivered == 0)
            {
                return total;
            }

            total += delivered;
        }

        throw new InvalidOperationException("case-event-publish never ran dry.");
    }

    /// <summary>Takes every visible publish message off the queue unread: the command "crashed" before sending it.</summary>
    public static async Task<int> LosePublishMessagesAsync(this EffectsApi api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var queues = api.Get<IQueueStore>();
        var lost = 0;
        IReadOnlyList<QueueMessage> batch;
        while ((batch = await queues.ReceiveAsync(CaseEventPublishQueue.QueueName, 32, TimeSpan.FromMinutes(5))).Count > 0)
        {
            foreach (var message in batch)
            {
                await queues.DeleteAsync(CaseEventPublishQueue.QueueName, message.MessageId, message.PopReceipt);
                lost++;
            }
        }

        return lost;
    }

    public static async Task<List<JsonElement>> PublishedAsync(this EffectsApi api, string caseId, int pageSize = 1000)
    {
        ArgumentNullException.ThrowIfNull(api);
        using var client = api.Analyst();
        var items = new List<JsonElement>();
        string? token = null;
        do
        {
            var path = $"/api/cases/{caseId}/published-events?pageSize={pageSize}" + (token is null ? "" : $"&continuationToken={Uri.EscapeDataString(token)}");
            var page = await client.GetJsonAsync(path);
            items.AddRange(page.GetProperty("items").EnumerateArray());
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);

        return items;
    }

    public static string Body(this JsonElement item, string property) => item.GetProperty("body").GetProperty(property).ToString();
}
