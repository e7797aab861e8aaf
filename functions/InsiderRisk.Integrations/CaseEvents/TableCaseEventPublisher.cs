using System.Globalization;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Integrations.CaseEvents;

/// <summary>
/// The local stand-in for the <c>case-events</c> topic: table <c>PublishedEvents</c>, PartitionKey = case
/// id, RowKey = sequence (zero-padded, so a case reads in order), upserted so a republished event stays
/// one row; a body longer than one property holds is chunked (<c>BodyChunks</c>, <c>Body0</c>…). The app
/// reads it back with <see cref="ListAsync"/> (local runs, tests, a downstream demo).
/// </summary>
public sealed class TableCaseEventPublisher(ITableStore tables, TimeProvider time) : ICaseEventPublisher
{
    public const string Table = "PublishedEvents";

    private volatile bool tableReady;

    public async Task PublishAsync(IReadOnlyList<CaseEventMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        await EnsureTableAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var message in messages)
        {
            var entity = new TableEntity(message.CaseId, RowKey(message.Sequence))
            {
                ["MessageId"] = message.MessageId,
                ["Subject"] = message.Subject,
                ["PublishedAt"] = now,
            };
            ChunkedText.Write(entity, "Body", message.Body, $"Case event {message.MessageId}");
            await tables.UpsertAsync(Table, entity, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<PublishedCaseEvent>> ListAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var events = new List<PublishedCaseEvent>();
        await foreach (var entity in tables.QueryAsync(Table, new TableQuery { PartitionKey = caseId }, cancellationToken))
        {
            events.Add(new PublishedCaseEvent(
                entity.PartitionKey,
                long.Parse(entity.RowKey, CultureInfo.InvariantCulture),
                entity.GetString("MessageId") ?? "",
                entity.GetString("Subject") ?? "",
                ChunkedText.Read(entity, "Body"),
                entity.GetDateTime("PublishedAt") ?? entity.Timestamp ?? DateTimeOffset.MinValue));
        }

        return events;
    }

    private static string RowKey(long sequence) => sequence.ToString("D19", CultureInfo.InvariantCulture);

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!tableReady)
        {
            await tables.CreateTableIfNotExistsAsync(Table, cancellationToken);
            tableReady = true;
        }
    }
}
