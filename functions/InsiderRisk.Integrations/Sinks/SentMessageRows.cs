using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Integrations.Sinks;

/// <summary>
/// A <see cref="SentMessage"/> as a table row: PartitionKey = case id, RowKey = effect id; address lists
/// as JSON arrays; the body across <c>Body0…Bodyn</c> since one string property holds 32 K characters.
/// </summary>
internal static class SentMessageRows
{
    public const int BodyChunkChars = 32_000;

    /// <summary>Leaves room under the 1 MiB entity limit for the other properties.</summary>
    public const int MaxBodyChunks = 15;

    public static TableEntity ToEntity(SentMessage message)
    {
        var entity = new TableEntity(message.CaseId.Value, message.EffectId.Value)
        {
            ["Kind"] = message.Kind.ToString(),
            ["Sender"] = message.Sender,
            ["To"] = JsonSerializer.Serialize(Or(message.To)),
            ["Cc"] = JsonSerializer.Serialize(Or(message.Cc)),
            ["Bcc"] = JsonSerializer.Serialize(Or(message.Bcc)),
            ["Subject"] = message.Subject,
            ["RecordedAt"] = message.RecordedAt.ToUniversalTime(),
        };
        var chunks = message.Body.Chunk(BodyChunkChars).Select(chars => new string(chars)).ToList();
        if (chunks.Count > MaxBodyChunks)
        {
            throw new StorageException(
                StorageErrorKind.InvalidInput, $"The body is {message.Body.Length} characters; the sink keeps at most {MaxBodyChunks * BodyChunkChars}.");
        }

        entity["BodyChunks"] = chunks.Count;
        for (var i = 0; i < chunks.Count; i++)
        {
            entity[BodyPart(i)] = chunks[i];
        }

        return entity;
    }

    public static SentMessage FromEntity(TableEntity entity) => new(
        new CaseId(entity.PartitionKey),
        new EffectId(entity.RowKey),
        Enum.TryParse<EffectKind>(entity.GetString("Kind"), out var kind) ? kind : throw Corrupt(entity, "Kind"),
        entity.GetString("Sender") ?? string.Empty,
        Addresses(entity, "To"),
        Addresses(entity, "Cc"),
        Addresses(entity, "Bcc"),
        entity.GetString("Subject") ?? string.Empty,
        string.Concat(Enumerable.Range(0, entity.GetInt32("BodyChunks") ?? 0).Select(i => entity.GetString(BodyPart(i)) ?? throw Corrupt(entity, BodyPart(i)))),
        entity.GetDateTime("RecordedAt") ?? DateTimeOffset.MinValue);

    private static string BodyPart(int index) => "Body" + index.ToString(CultureInfo.InvariantCulture);

    private static ImmutableArray<string> Or(ImmutableArray<string> addresses) => addresses.IsDefault ? [] : addresses;

    private static ImmutableArray<string> Addresses(TableEntity entity, string name) =>
        [.. JsonSerializer.Deserialize<string[]>(entity.GetString(name) ?? "[]") ?? []];

    private static StorageException Corrupt(TableEntity entity, string property) =>
        new(StorageErrorKind.Other, $"Sent message {entity.PartitionKey}/{entity.RowKey} has no valid {property}.");
}
