using System.Globalization;
using System.Text.Json;

namespace InsiderRisk.Functions.Invocations;

/// <summary>
/// The trigger metadata of an invocation (queue: <c>Id</c>, <c>DequeueCount</c>, <c>InsertionTime</c>,
/// <c>PopReceipt</c>; Service Bus: <c>MessageId</c>, <c>DeliveryCount</c>, …; plus <c>sys</c>). Values
/// arrive as JSON numbers or as strings depending on trigger and host version; both are read.
/// </summary>
public sealed class InvocationMetadata(JsonElement metadata)
{
    public static InvocationMetadata None { get; } = new(default);

    public JsonElement Raw => metadata;

    /// <summary>How many times the message was delivered, this time included (queue or Service Bus).</summary>
    public int? DequeueCount => GetInt32("DequeueCount") ?? GetInt32("DeliveryCount");

    /// <summary>The message id (queue <c>Id</c> or Service Bus <c>MessageId</c>).</summary>
    public string? MessageId => GetString("Id") ?? GetString("MessageId");

    public JsonElement? Get(string name)
    {
        if (metadata.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (metadata.TryGetProperty(name, out var exact))
        {
            return exact;
        }

        foreach (var property in metadata.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    public string? GetString(string name) => Get(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { } value => value.GetRawText(),
    };

    public int? GetInt32(string name) => Get(name) switch
    {
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number) => number,
        { ValueKind: JsonValueKind.String } value when int.TryParse(
            value.GetString()?.Trim('"'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };
}
