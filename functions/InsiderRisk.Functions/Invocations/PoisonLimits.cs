using InsiderRisk.Functions.Functions;
using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Functions.Invocations;

/// <summary>
/// How many deliveries the host gives a message before it moves it aside: host.json's
/// <c>extensions.queues.maxDequeueCount</c> for Storage queues and the <c>alerts</c> queue's
/// <c>maxDeliveryCount</c> in infra/modules/servicebus.bicep for Service Bus (a test keeps both at this value).
/// </summary>
public static class PoisonLimits
{
    public const int MaxDeliveries = PoisonQueueExtensions.DefaultMaxDequeueCount;

    /// <summary>The queue a message of this trigger comes from; null for triggers without messages.</summary>
    public static string? QueueOf(TriggerBinding trigger) => trigger switch
    {
        TriggerBinding.Queue queue => queue.QueueName,
        TriggerBinding.ServiceBus serviceBus => serviceBus.QueueName,
        _ => null,
    };

    /// <summary>True when a failure of this delivery sends the message to the poison / dead-letter queue.</summary>
    public static bool IsLastDelivery(TriggerBinding trigger, int? deliveryCount) =>
        QueueOf(trigger) is not null && deliveryCount >= MaxDeliveries;
}
