using System.Text.Json;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Functions.Cases;

/// <summary>
/// Hands new effects to the effect runner through queue <see cref="QueueName"/>: immediate ones at
/// once, timers invisible until due (at most 7 days ahead; the sweeper re-sends later ones). A failed
/// send is only logged: the outbox row is the truth and the sweeper re-sends what is still pending.
/// </summary>
public sealed partial class CaseEffectQueue(IQueueStore queues, TimeProvider time, ILogger<CaseEffectQueue> logger)
{
    public const string QueueName = "case-effects";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task EnqueueAsync(CaseId caseId, IEnumerable<CaseEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var effect in events.OfType<IRequestsEffect>().Select(request => request.Effect))
        {
            var text = JsonSerializer.Serialize(new CaseEffectMessage(caseId.Value, effect.EffectId.Value), Json);
            try
            {
                await queues.SendAsync(QueueName, text, DelayUntil(effect.DueAt), Timeout.InfiniteTimeSpan, cancellationToken);
            }
            catch (StorageException exception)
            {
                LogSendFailed(logger, exception, caseId.Value, effect.EffectId.Value);
            }
        }
    }

    private TimeSpan? DelayUntil(DateTimeOffset? dueAt)
    {
        if (dueAt is not { } due)
        {
            return null;
        }

        var delay = due - time.GetUtcNow();
        return delay <= TimeSpan.Zero ? null : delay > QueueRules.MaxVisibility ? QueueRules.MaxVisibility : delay;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not queue effect {EffectId} of case {CaseId}; the outbox sweeper will send it.")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string caseId, string effectId);
}
