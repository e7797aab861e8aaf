namespace InsiderRisk.Storage.Queues;

/// <summary>
/// A received message. <see cref="Text"/> is the logical text (the Azure client base64-encodes it on
/// the wire, as the Functions queue trigger expects). <see cref="DequeueCount"/> counts deliveries,
/// this one included.
/// </summary>
public sealed record QueueMessage(
    string MessageId,
    string PopReceipt,
    string Text,
    long DequeueCount,
    DateTimeOffset InsertedAt,
    DateTimeOffset NextVisibleAt);
