using System.Text.Encodings.Web;
using System.Text.Json;

namespace InsiderRisk.Integrations.Sinks;

/// <summary>How sink records write requests: camelCase, readable (no escaping of quotes or accents).</summary>
public static class SinkJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);
}
