using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Functions.LocalRun;

/// <summary>
/// Passes every call through and reports each message sent to a <c>{queue}-poison</c> queue, so the
/// local run can emit <c>MessagePoisoned</c> for what <see cref="PoisonQueueExtensions.ReceiveOrPoisonAsync"/> moves.
/// </summary>
internal sealed class PoisonObservingQueueStore(IQueueStore inner, Action<string> poisoned) : IQueueStore
{
    public Task CreateQueueIfNotExistsAsync(string queue, CancellationToken cancellationToken = default) =>
        inner.CreateQueueIfNotExistsAsync(queue, cancellationToken);

    public async Task<string> SendAsync(string queue, string text, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        var id = await inner.SendAsync(queue, text, visibilityDelay, timeToLive, cancellationToken);
        if (queue.EndsWith(PoisonQueueExtensions.PoisonSuffix, StringComparison.Ordinal))
        {
            poisoned(queue[..^PoisonQueueExtensions.PoisonSuffix.Length]);
        }

        return id;
    }

    public Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default) =>
        inner.ReceiveAsync(queue, maxMessages, visibilityTimeout, cancellationToken);

    public Task DeleteAsync(string queue, string messageId, string popReceipt, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(queue, messageId, popReceipt, cancellationToken);

    public Task<string> UpdateVisibilityAsync(string queue, string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default) =>
        inner.UpdateVisibilityAsync(queue, messageId, popReceipt, visibilityTimeout, cancellationToken);
}
