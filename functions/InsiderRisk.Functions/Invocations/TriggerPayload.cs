using System.Text.Json;

namespace InsiderRisk.Functions.Invocations;

/// <summary>
/// Reads a trigger value in every shape the host sends a message body: a JSON object or array, a
/// JSON string that contains JSON (the usual shape of queue and Service Bus bodies; queue messages
/// are already base64-decoded by the host), or a plain string.
/// </summary>
public static class TriggerPayload
{
    /// <summary>The text of the body: a string as-is, anything else as its JSON text.</summary>
    public static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    /// <summary>The body as JSON; a string is parsed as the JSON it contains.</summary>
    public static JsonElement Json(JsonElement value, string bindingName)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                throw new InvalidTriggerPayloadException($"The '{bindingName}' trigger value is empty.");
            case JsonValueKind.String:
                var text = value.GetString()!.Trim().TrimStart('\uFEFF');
                try
                {
                    using var document = JsonDocument.Parse(text);
                    return document.RootElement.Clone();
                }
                catch (JsonException exception)
                {
                    throw new InvalidTriggerPayloadException(
                        $"The '{bindingName}' trigger value is a string that is not JSON ({exception.Message}).", exception);
                }

            default:
                return value;
        }
    }

    /// <summary>The body deserialized as <typeparamref name="T"/> (web defaults: camelCase, case-insensitive).</summary>
    public static T Read<T>(JsonElement value, string bindingName, JsonSerializerOptions options)
    {
        var json = Json(value, bindingName);
        try
        {
            return json.Deserialize<T>(options)
                ?? throw new InvalidTriggerPayloadException($"The '{bindingName}' trigger value is null.");
        }
        catch (JsonException exception)
        {
            throw new InvalidTriggerPayloadException(
                $"The '{bindingName}' trigger value is not a {typeof(T).Name} ({exception.Message}).", exception);
        }
    }
}
