namespace InsiderRisk.Storage.Queues;

/// <summary>
/// The Functions queue trigger's poison handling, over any <see cref="IQueueStore"/>: a message
/// delivered more than <c>maxDequeueCount</c> times is moved to <c>{queue}-poison</c> instead of
/// being handed out again.
/// </summary>
public static class PoisonQueueExtensions
{
    public const int DefaultMaxDequeueCount = 5;

    public const string PoisonSuffix = "-poison";

    public static string PoisonQueueName(string queue) => queue + PoisonSuffix;

    /// <summary>
    /// Receives like <see cref="IQueueStore.ReceiveAsync"/> and returns only the messages still within
    /// their tries. Each poison message is sent to the poison queue first and deleted after, so a crash
    /// in between leaves a copy in both places rather than in neither.
    /// </summary>
    public static async Task<IReadOnlyList<QueueMessage>> ReceiveOrPoisonAsync(
        this IQueueStore store,
        string queue,
        int maxMessages,
        TimeSpan visibilityTimeout,
        int maxDequeueCount = DefaultMaxDequeueCount,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDequeueCount, 1);
        var received = await store.ReceiveAsync(queue, maxMessages, visibilityTimeout, cancellationToken);
        var healthy = new List<QueueMessage>(received.Count);
        var poisonQueueReady = false;
        foreach (var message in received)
        {
            if (message.DequeueCount <= maxDequeueCount)
            {
                healthy.Add(message);
                continue;
            }

            if (!poisonQueueReady)
            {
                await store.CreateQueueIfNotExistsAsync(PoisonQueueName(queue), cancellationToken);
                poisonQueueReady = true;
            }

            await store.SendAsync(PoisonQueueName(queue), message.Text, timeToLive: Timeout.InfiniteTimeSpan, cancellationToken: cancellationToken);
            try
            {
                await store.DeleteAsync(queue, message.MessageId, message.PopReceipt, cancellationToken);
            }
            catch (StorageException gone) when (gone.Kind == StorageErrorKind.NotFound)
            {
                // Its visibility ran out and another receiver holds it now and will move it too: a second
                // copy in the poison queue is the price of never losing one.
            }
        }

        return healthy;
    }
}
