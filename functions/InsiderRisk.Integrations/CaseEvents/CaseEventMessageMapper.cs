using System.Globalization;
using System.Text.Json.Nodes;
using InsiderRisk.Domain.Privacy;

namespace InsiderRisk.Integrations.CaseEvents;

/// <summary>
/// Maps a stored case event to its outgoing message. Pure: same event, same message, byte for byte,
/// so a republished event is a duplicate Service Bus and consumers recognise. Users are already
/// pseudonyms in the data and are checked to be; actors are published as they are unless
/// <paramref name="actorHasher"/> is given (<see cref="CaseEventsSettings.HashActors"/>).
/// </summary>
public sealed class CaseEventMessageMapper(Pseudonymizer? actorHasher = null)
{
    public CaseEventMessage Map(CaseEventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var data = JsonNode.Parse(record.Data) ?? new JsonObject();
        if (data is JsonObject root)
        {
            // Time and actor are the envelope's; the copies inside the stored data would only repeat them.
            root.Remove("at");
            root.Remove("by");
        }

        CaseEventDataGuard.Apply(data, record.Type, actorHasher);
        var id = string.Create(CultureInfo.InvariantCulture, $"{record.CaseId}:{record.Sequence}");
        var body = new JsonObject
        {
            ["schema"] = CaseEventMessage.Schema,
            ["id"] = id,
            ["caseId"] = record.CaseId,
            ["sequence"] = record.Sequence,
            ["type"] = record.Type,
            ["at"] = record.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            ["by"] = actorHasher is null ? record.By : CaseEventDataGuard.HashActor(record.By, actorHasher),
            ["data"] = data,
        };
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["caseId"] = record.CaseId,
            ["eventType"] = record.Type,
            ["sequence"] = record.Sequence.ToString(CultureInfo.InvariantCulture),
            ["schema"] = CaseEventMessage.Schema,
        };
        return new CaseEventMessage(record.CaseId, record.Sequence, id, record.Type, body.ToJsonString(), properties);
    }
}
