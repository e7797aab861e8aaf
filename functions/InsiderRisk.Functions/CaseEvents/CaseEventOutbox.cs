using System.Globalization;
using System.Text.Json;
using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Functions.CaseEvents;

/// <summary>
/// The outbox row that stands for "this append's events are not yet published": kind
/// <see cref="Kind"/>, id <c>{caseId}-pe{version:D8}</c>, payload <c>{fromSequence, toSequence, appendedAt}</c>.
/// Written in the append's own transaction, so an event can never be stored and forgotten.
/// </summary>
public static class CaseEventOutbox
{
    public const string Kind = "PublishCaseEvents";

    private const string Marker = "-pe";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string EntryId(string caseId, long version) =>
        string.Create(CultureInfo.InvariantCulture, $"{caseId}{Marker}{version:D8}");

    public static OutboxEntry Entry(string caseId, long fromSequence, long toSequence, DateTimeOffset appendedAt) => new(
        caseId,
        EntryId(caseId, toSequence),
        Kind,
        JsonSerializer.Serialize(new CaseEventOutboxPayload(fromSequence, toSequence, appendedAt.ToUniversalTime()), Json),
        null);

    /// <summary>The range and time an entry of <see cref="Kind"/> stands for; null when its payload is not one.</summary>
    public static CaseEventOutboxPayload? PayloadOf(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            return JsonSerializer.Deserialize<CaseEventOutboxPayload>(entry.Payload, Json) is { FromSequence: > 0 } payload
                && payload.ToSequence >= payload.FromSequence
                ? payload
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
