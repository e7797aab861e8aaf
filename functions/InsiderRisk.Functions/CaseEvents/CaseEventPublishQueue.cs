using System.Text.Json;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Functions.CaseEvents;

/// <summary>
/// Asks <see cref="PublishCaseEventsFunction"/> to publish a range of a case's events. A failed send is
/// only logged: the append's <see cref="CaseEventOutbox"/> row is the truth, and the sweeper sends again
/// what is still pending after its grace.
/// </summary>
public sealed partial class CaseEventPublishQueue(IQueueStore queues, ILogger<CaseEventPublishQueue> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string QueueName { get; } = ((TriggerBinding.Queue)PublishCaseEventsFunction.Definition.Trigger).QueueName;

    /// <summary>True when the message was queued.</summary>
    public async Task<bool> SendAsync(string caseId, long fromSequence, long toSequence, CancellationToken cancellationToken)
    {
        var text = JsonSerializer.Serialize(new CaseEventPublishMessage(caseId, fromSequence, toSequence), Json);
        try
        {
            await queues.SendAsync(QueueName, text, null, Timeout.InfiniteTimeSpan, cancellationToken);
            return true;
        }
        catch (StorageException exception)
        {
            LogSendFailed(logger, exception, caseId, fromSequence, toSequence);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not queue the publishing of events {From}-{To} of case {CaseId}; the outbox sweeper will.")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string caseId, long from, long to);
}
