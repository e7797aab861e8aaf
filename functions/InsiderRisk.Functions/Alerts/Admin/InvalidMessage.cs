namespace InsiderRisk.Functions.Alerts.Admin;

/// <summary>
/// A queue message that held no valid delivery, as admins see it: the validation errors and the body
/// with every <c>userId</c> replaced by its pseudonym (cut at <see cref="InvalidMessageLog.MaxTextChars"/>).
/// </summary>
public sealed record InvalidMessage(
    string MessageId,
    string Queue,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset FirstReceivedAt,
    DateTimeOffset LastReceivedAt,
    int DeliveryCount,
    IReadOnlyDictionary<string, string[]> Errors,
    string Body,
    bool BodyTruncated);
