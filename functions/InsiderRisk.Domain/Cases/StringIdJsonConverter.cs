using System.Text.Json;
using System.Text.Json.Serialization;

namespace InsiderRisk.Domain.Cases;

/// <summary>Writes a strongly typed id as its plain string, as the API and the stored history show it.</summary>
internal sealed class StringIdJsonConverter<TId>(Func<string, TId> create, Func<TId, string> text) : JsonConverter<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        create(reader.GetString() ?? throw new JsonException($"A {typeof(TId).Name} cannot be null."));

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(text(value));
    }
}
