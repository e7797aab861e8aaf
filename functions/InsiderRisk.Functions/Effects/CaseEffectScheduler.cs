using System.Text.Json;
using InsiderRisk.Domain;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Functions.Effects;

/// <summary>
/// Puts a <c>{caseId, effectId}</c> message on the queue <see cref="RunCaseEffectFunction"/> listens to,
/// optionally invisible for a while: a retry's backoff, a timer not yet due, a sweep's re-send.
/// </summary>
public sealed class CaseEffectScheduler(IQueueStore queues)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string QueueName { get; } = ((TriggerBinding.Queue)RunCaseEffectFunction.Definition.Trigger).QueueName;

    public Task ScheduleAsync(CaseId caseId, EffectId effectId, TimeSpan? delay, CancellationToken cancellationToken)
    {
        var visible = delay is { } wait && wait > TimeSpan.Zero ? (wait > QueueRules.MaxVisibility ? QueueRules.MaxVisibility : wait) : (TimeSpan?)null;
        var text = JsonSerializer.Serialize(new CaseEffectMessage(caseId.Value, effectId.Value), Json);
        return queues.SendAsync(QueueName, text, visible, Timeout.InfiniteTimeSpan, cancellationToken);
    }
}
