namespace InsiderRisk.Storage.Queues;

/// <summary>
/// The queue half of the storage contract, implemented by Azure Storage Queues and by SQLite with
/// the same semantics. A message sent with a visibility delay is invisible until then: that is how
/// durable timers work. A received message is hidden for the visibility timeout and comes back
/// (with its dequeue count one higher) unless deleted first.
/// </summary>
public interface IQueueStore
{
    /// <summary>Queue names: lowercase letters, digits and single hyphens, 3–63 characters.</summary>
    Task CreateQueueIfNotExistsAsync(string queue, CancellationToken cancellationToken = default);

    /// <summary>Sends; text at most 48 KiB of UTF-8 (64 KiB once base64-encoded). Returns the message id.</summary>
    Task<string> SendAsync(string queue, string text, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="maxMessages"/> (1–32) visible messages, hidden for <paramref name="visibilityTimeout"/>.</summary>
    Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default);

    /// <summary>Deletes a received message. A stale pop receipt → NotFound.</summary>
    Task DeleteAsync(string queue, string messageId, string popReceipt, CancellationToken cancellationToken = default);

    /// <summary>Extends (or shortens) a received message's invisibility; returns the new pop receipt.</summary>
    Task<string> UpdateVisibilityAsync(string queue, string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default);
}
