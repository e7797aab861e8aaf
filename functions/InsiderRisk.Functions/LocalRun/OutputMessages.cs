using System.Text.Json;

namespace InsiderRisk.Functions.LocalRun;

/// <summary>
/// The messages an output binding value stands for, as the host reads it: an array is one message per
/// item; a string is the message text; anything else is sent as its JSON.
/// </summary>
public static class OutputMessages
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static IEnumerable<string> Of(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var json = value as JsonElement? ?? JsonSerializer.SerializeToElement(value, value.GetType(), Web);
        return json.ValueKind == JsonValueKind.Array ? json.EnumerateArray().Select(Text) : [Text(json)];
    }

    private static string Text(JsonElement item) => item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText();
}
