using System.Collections.Immutable;
using System.Text.Json;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Integrations.Sinks;

/// <summary>
/// A <see cref="SentMessage"/> as a table row: PartitionKey = case id, RowKey = effect id; address lists
/// as JSON arrays; the body across <c>Body0…Bodyn</c> (<see cref="ChunkedText"/>) since one string property holds 32 K characters.
/// </summary>
internal static class SentMessageRows
{
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
        ChunkedText.Write(entity, "Body", message.Body, "The body");
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
        ChunkedText.Read(entity, "Body"),
        entity.GetDateTime("RecordedAt") ?? DateTimeOffset.MinValue);

    private static ImmutableArray<string> Or(ImmutableArray<string> addresses) => addresses.IsDefault ? [] : addresses;

    private static ImmutableArray<string> Addresses(TableEntity entity, string name) =>
        [.. JsonSerializer.Deserialize<string[]>(entity.GetString(name) ?? "[]") ?? []];

    private static StorageException Corrupt(TableEntity entity, string property) =>
        new(StorageErrorKind.Other, $"Sent message {entity.PartitionKey}/{entity.RowKey} has no valid {property}.");
}
