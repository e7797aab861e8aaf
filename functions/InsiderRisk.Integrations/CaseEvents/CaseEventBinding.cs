using System.Text.Json.Nodes;

namespace InsiderRisk.Integrations.CaseEvents;

/// <summary>
/// The value of the <c>serviceBus</c> output binding (topic <c>case-events</c>) in a custom handler's
/// <c>Outputs</c>: an array of message bodies as JSON objects, one message each. Only bodies pass
/// through this binding (no message id, subject or properties), which is why the body carries them.
/// </summary>
public static class CaseEventBinding
{
    public const string TopicName = "case-events";

    public static JsonArray Value(IEnumerable<CaseEventMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return new JsonArray([.. messages.Select(message => JsonNode.Parse(message.Body))]);
    }
}
