namespace InsiderRisk.Integrations.CaseEvents;

/// <summary>
/// One message for the <c>case-events</c> topic. <see cref="MessageId"/> (<c>{caseId}:{seq}</c>) is what
/// Service Bus duplicate detection keys on and <see cref="Subject"/> is the event type, for subscription
/// filters. The Functions output binding of a custom handler can set only the body, so the body repeats
/// both (<c>id</c>, <c>type</c>) for consumers to deduplicate and filter on; a sender that can set
/// message properties uses these.
/// </summary>
public sealed record CaseEventMessage(
    string CaseId,
    long Sequence,
    string MessageId,
    string Subject,
    string Body,
    IReadOnlyDictionary<string, string> ApplicationProperties)
{
    public const string ContentType = "application/json";

    public const string Schema = "insiderrisk.case-event.v1";
}
