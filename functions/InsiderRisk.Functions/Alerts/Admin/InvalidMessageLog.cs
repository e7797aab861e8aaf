using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Alerts.Admin;

/// <summary>
/// Table <c>InvalidMessages</c>: PartitionKey = queue name, RowKey = <c>{MaxTicks − enqueued ticks:D19}_{message key}</c>
/// (newest first). The enqueued time and message id come from the trigger metadata, so every delivery of
/// one message lands on one row: the first insert keeps the body and errors, later ones only count.
/// </summary>
public sealed class InvalidMessageLog(ITableStore tables, IUserDirectory users, TimeProvider time)
{
    public const string Table = "InvalidMessages";

    /// <summary>Under Table Storage's 64 KiB per string property.</summary>
    public const int MaxTextChars = 30_000;

    public async Task RecordAsync(string queue, string body, IReadOnlyDictionary<string, string[]> errors, MessageFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(facts);
        var now = time.GetUtcNow();
        var messageId = KeyOf(facts.MessageId, body);
        var enqueuedAt = facts.EnqueuedAt ?? now;
        var copy = MessageBodies.Pseudonymized(body, users.Pseudonymize);
        var rowKey = (DateTimeOffset.MaxValue.UtcTicks - enqueuedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "_" + messageId;
        var row = new TableEntity(queue, rowKey)
        {
            ["MessageId"] = messageId,
            ["EnqueuedAt"] = enqueuedAt,
            ["FirstReceivedAt"] = now,
            ["LastReceivedAt"] = now,
            ["DeliveryCount"] = facts.DeliveryCount ?? 1,
            ["Errors"] = ErrorsJson(errors),
            ["Body"] = copy.Length > MaxTextChars ? copy[..MaxTextChars] : copy,
            ["BodyTruncated"] = copy.Length > MaxTextChars,
        };
        try
        {
            await tables.InsertAsync(Table, row, cancellationToken);
        }
        catch (StorageException e) when (e.Kind == StorageErrorKind.Conflict)
        {
            var seen = new TableEntity(queue, rowKey) { ["LastReceivedAt"] = now, ["DeliveryCount"] = facts.DeliveryCount ?? 1 };
            await tables.ExecuteAsync(Table, TableOperation.Merge(seen), cancellationToken);
        }
    }

    public async Task<KeyedPage<InvalidMessage>> PageAsync(string queue, int pageSize, string? after, CancellationToken cancellationToken = default)
    {
        var filter = after is null ? TableFilter.Ge("RowKey", "0") : TableFilter.Gt("RowKey", after);
        var page = await KeyedPager.ReadAsync(tables, Table, queue, filter, _ => true, pageSize, cancellationToken);
        return page.Select(row => Read(queue, row));
    }

    private static InvalidMessage Read(string queue, TableEntity row) => new(
        row.GetString("MessageId") ?? string.Empty,
        queue,
        row.GetDateTime("EnqueuedAt") ?? DateTimeOffset.MinValue,
        row.GetDateTime("FirstReceivedAt") ?? DateTimeOffset.MinValue,
        row.GetDateTime("LastReceivedAt") ?? DateTimeOffset.MinValue,
        row.GetInt32("DeliveryCount") ?? 1,
        JsonSerializer.Deserialize<Dictionary<string, string[]>>(row.GetString("Errors") ?? "{}") ?? [],
        row.GetString("Body") ?? string.Empty,
        row.GetBoolean("BodyTruncated") ?? false);

    /// <summary>The message id when it is a usable key, else a hash of the body (the same for every delivery).</summary>
    private static string KeyOf(string? messageId, string body) =>
        messageId is { Length: > 0 and <= 256 } id && PropertyValues.IsValidKey(id)
            ? id
            : "sha256-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)).AsSpan(0, 16));

    /// <summary>As many fields as fit; a note says when some were left out.</summary>
    private static string ErrorsJson(IReadOnlyDictionary<string, string[]> errors)
    {
        var kept = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var length = 2;
        foreach (var (field, messages) in errors)
        {
            length += JsonSerializer.Serialize(field).Length + JsonSerializer.Serialize(messages).Length + 2;
            if (length > MaxTextChars - 200)
            {
                kept["…"] = [$"Only the first {kept.Count:N0} of {errors.Count:N0} fields with errors are kept."];
                break;
            }

            kept[field] = messages;
        }

        return JsonSerializer.Serialize(kept);
    }
}
