using InsiderRisk.Functions.Configuration;
using InsiderRisk.Integrations.CaseEvents;
using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Functions.CaseEvents;

/// <summary>
/// Publishes one range of a case's events: read, map (users must be pseudonyms, actors hashed when
/// <c>CaseEvents__HashActors</c> says so), then hand the messages on and mark the append's outbox row
/// done. Under the Functions host the messages go back to the invocation for the topic's output binding;
/// on its own the app writes them to the local sink (table <c>PublishedEvents</c>). Publishing a range
/// again yields the same messages byte for byte (same <c>id</c>), so a re-send is harmless.
/// </summary>
public sealed class CaseEventPublication(
    CaseEventRange range,
    ICaseEventStore store,
    CaseEventMessageMapper mapper,
    TableCaseEventPublisher localSink,
    HostingFacts hosting)
{
    /// <summary>Null when the case does not hold the range (a message that can never succeed).</summary>
    public async Task<CaseEventsPublished?> PublishAsync(CaseEventPublishMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var events = await range.ReadAsync(message.CaseId, message.FromSequence, message.ToSequence, cancellationToken);
        if (events is null)
        {
            return null;
        }

        var messages = events.Select(e => mapper.Map(CaseEventRecord.From(message.CaseId, e))).ToList();
        var toTopic = hosting.UnderFunctionsHost;
        if (!toTopic)
        {
            await localSink.PublishAsync(messages, cancellationToken);
        }

        // Under the host the messages leave only after this invocation answers; if that fails, the queue
        // message comes back and publishes them again, so the row may be marked done first.
        await store.MarkDoneAsync(message.CaseId, CaseEventOutbox.EntryId(message.CaseId, message.ToSequence), cancellationToken);
        return new CaseEventsPublished(messages, toTopic);
    }
}
