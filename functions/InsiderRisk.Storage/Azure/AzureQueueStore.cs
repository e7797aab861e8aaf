using System.Text;
using InsiderRisk.Storage.Azure.Connection;
using InsiderRisk.Storage.Azure.Pipeline;
using InsiderRisk.Storage.Azure.Queues;
using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Storage.Azure;

/// <summary>
/// <see cref="IQueueStore"/> on the Azure Storage Queues REST API (and Azurite), over Azure.Core's
/// pipeline. Message text is base64-encoded UTF-8 on the wire, as the Functions queue trigger
/// expects by default.
/// </summary>
public sealed class AzureQueueStore : IQueueStore
{
    public const int MaxTextBytes = 48 * 1024;

    private static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7);

    private readonly StorageSender sender;
    private readonly QueueRequests requests;

    public AzureQueueStore(StorageConnection connection, AzureStorageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var endpoint = connection.QueueEndpoint
            ?? throw new InvalidOperationException("The storage connection has no queue endpoint.");
        var pipeline = StoragePipeline.Build(connection, options ?? new AzureStorageClientOptions(), StorageService.Queue);
        sender = new StorageSender(pipeline);
        requests = new QueueRequests(pipeline, endpoint);
    }

    public async Task CreateQueueIfNotExistsAsync(string queue, CancellationToken cancellationToken = default)
    {
        QueueNames.Ensure(queue);
        using var request = requests.Create(queue);
        using var response = await sender.SendExpectingAsync(request, $"Creating queue {queue}", cancellationToken, 201, 204, 409);
    }

    public async Task<string> SendAsync(string queue, string text, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        QueueNames.Ensure(queue);
        ArgumentNullException.ThrowIfNull(text);
        if (Encoding.UTF8.GetByteCount(text) > MaxTextBytes)
        {
            throw new StorageException(StorageErrorKind.InvalidInput, $"A queue message holds at most {MaxTextBytes} bytes of UTF-8 text.");
        }

        var delay = Seconds(visibilityDelay ?? TimeSpan.Zero, TimeSpan.Zero, MaxVisibility, "The visibility delay");
        long? ttl = timeToLive switch
        {
            null => null,
            { } infinite when infinite == Timeout.InfiniteTimeSpan || infinite == TimeSpan.MaxValue => -1,
            { } t => Seconds(t, TimeSpan.FromSeconds(1), TimeSpan.MaxValue, "The time to live"),
        };
        if (ttl is > 0 && delay >= ttl)
        {
            throw new StorageException(StorageErrorKind.InvalidInput, "The visibility delay must be shorter than the time to live.");
        }

        using var request = requests.Send(queue, text, delay, ttl);
        using var response = await sender.SendExpectingAsync(request, $"Sending to queue {queue}", cancellationToken, 201);
        var sent = QueueXml.Messages(response.Content.ToString());
        return sent.Count == 1
            ? QueueXml.Required(sent[0], "MessageId")
            : throw new StorageException(StorageErrorKind.Other, "The queue service did not answer with the sent message.");
    }

    public async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        QueueNames.Ensure(queue);
        if (maxMessages is < 1 or > 32)
        {
            throw new StorageException(StorageErrorKind.InvalidInput, "A receive takes 1 to 32 messages.");
        }

        // The service hides a received message for at least one second.
        var hide = Math.Max(1, Seconds(visibilityTimeout, TimeSpan.Zero, MaxVisibility, "The visibility timeout"));
        using var request = requests.Receive(queue, maxMessages, hide);
        using var response = await sender.SendExpectingAsync(request, $"Receiving from queue {queue}", cancellationToken, 200);
        return [.. QueueXml.Messages(response.Content.ToString()).Select(QueueXml.ToMessage)];
    }

    public async Task DeleteAsync(string queue, string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        QueueNames.Ensure(queue);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        using var request = requests.Delete(queue, messageId, popReceipt);
        using var response = await sender.SendExpectingAsync(request, $"Deleting a message from queue {queue}", cancellationToken, 204);
    }

    public async Task<string> UpdateVisibilityAsync(string queue, string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        QueueNames.Ensure(queue);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        var hide = Seconds(visibilityTimeout, TimeSpan.Zero, MaxVisibility, "The visibility timeout");
        using var request = requests.UpdateVisibility(queue, messageId, popReceipt, hide);
        using var response = await sender.SendExpectingAsync(request, $"Updating a message in queue {queue}", cancellationToken, 204);
        return response.Headers.TryGetValue("x-ms-popreceipt", out var receipt) && receipt.Length > 0
            ? receipt
            : throw new StorageException(StorageErrorKind.Other, "The queue service did not answer with a new pop receipt.");
    }

    /// <summary>Whole seconds, rounded up so nothing becomes visible early.</summary>
    private static long Seconds(TimeSpan value, TimeSpan min, TimeSpan max, string what)
    {
        if (value < min || value > max)
        {
            throw new StorageException(StorageErrorKind.InvalidInput, $"{what} must be between {min} and {max}.");
        }

        return (long)Math.Ceiling(value.TotalSeconds);
    }
}
