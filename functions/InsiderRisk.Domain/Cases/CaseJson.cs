using System.Text.Json;
using System.Text.Json.Serialization;

namespace InsiderRisk.Domain.Cases;

/// <summary>
/// The JSON form of case events, effect payloads and state snapshots (camelCase, enums and ids as
/// strings). Event types are stored by their name in <see cref="CaseEventTypes"/>.
/// </summary>
public static class CaseJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static (string Type, string Data) Serialize(CaseEvent caseEvent)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        return (CaseEventTypes.NameOf(caseEvent), JsonSerializer.Serialize(caseEvent, caseEvent.GetType(), Options));
    }

    public static CaseEvent Deserialize(string type, string data)
    {
        if (!CaseEventTypes.TryGetType(type, out var clrType))
        {
            throw new JsonException($"Unknown case event type '{type}'.");
        }

        return (CaseEvent?)JsonSerializer.Deserialize(data, clrType, Options)
            ?? throw new JsonException($"Case event '{type}' has no data.");
    }

    public static string SerializeState(CaseState state) => JsonSerializer.Serialize(state, Options);

    public static CaseState DeserializeState(string data) =>
        JsonSerializer.Deserialize<CaseState>(data, Options) ?? throw new JsonException("A case snapshot has no data.");

    public static string SerializePayload(EffectPayload payload) => JsonSerializer.Serialize(payload, Options);

    public static EffectPayload DeserializePayload(string data) =>
        JsonSerializer.Deserialize<EffectPayload>(data, Options) ?? throw new JsonException("An effect payload has no data.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters =
            {
                new JsonStringEnumConverter(),
                new StringIdJsonConverter<CaseId>(value => new CaseId(value), id => id.Value),
                new StringIdJsonConverter<AlertId>(value => new AlertId(value), id => id.Value),
                new StringIdJsonConverter<UserPseudonym>(value => new UserPseudonym(value), id => id.Value),
                new StringIdJsonConverter<EffectId>(value => new EffectId(value), id => id.Value),
            },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
