using System.Text.Json;
using System.Text.Json.Serialization;
using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// The stored JSON of risk rows (profiles, contributions, boosters, detections) and of the risk queues:
/// camelCase, enums and ids as strings. A storage format: change by adding, never by renaming.
/// </summary>
public static class RiskJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters =
            {
                new JsonStringEnumConverter(),
                new RiskIdJsonConverter<AlertId>(value => new AlertId(value), id => id.Value),
                new RiskIdJsonConverter<SignInId>(value => new SignInId(value), id => id.Value),
                new RiskIdJsonConverter<CaseId>(value => new CaseId(value), id => id.Value),
                new RiskIdJsonConverter<UserPseudonym>(value => new UserPseudonym(value), id => id.Value),
            },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
