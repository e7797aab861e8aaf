using System.Text.Json;
using System.Text.Json.Serialization;

namespace InsiderRisk.Functions.Risk;

/// <summary>A strongly typed id as its plain string, also as a dictionary key (sign-ins and cases of a profile).</summary>
internal sealed class RiskIdJsonConverter<TId>(Func<string, TId> create, Func<TId, string> text) : JsonConverter<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        create(reader.GetString() ?? throw new JsonException($"A {typeof(TId).Name} cannot be null."));

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(text(value));
    }

    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        create(reader.GetString() ?? throw new JsonException($"A {typeof(TId).Name} key cannot be null."));

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(text(value));
    }
}
