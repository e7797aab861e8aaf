using System.Runtime.CompilerServices;
using InsiderRisk.Domain;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Alerts;

/// <summary>
/// Idempotent alert ingestion over any <see cref="ITableStore"/>. The alert id alone is the primary
/// row's partition key, so a re-delivered id is found whichever user it names: the insert conflicts
/// and the answer is <see cref="AlertInsertResult.Duplicate"/>, never a second row. The per-user index
/// row is written after, by upsert, from the stored alert, so a re-delivery also repairs an index row
/// a crash left out.
/// </summary>
public sealed class AlertStore
{
    private readonly ITableStore tables;
    private readonly AlertStoreTables names;

    public AlertStore(ITableStore tables, AlertStoreTables? names = null)
    {
        this.tables = tables;
        this.names = names ?? new AlertStoreTables();
    }

    public async Task CreateTablesAsync(CancellationToken cancellationToken = default)
    {
        await tables.CreateTableIfNotExistsAsync(names.Alerts, cancellationToken);
        await tables.CreateTableIfNotExistsAsync(names.UserAlerts, cancellationToken);
    }

    public async Task<AlertInsertResult> InsertAsync(StoredAlert alert, CancellationToken cancellationToken = default)
    {
        EnsureValidKey(alert.AlertId.Value, "alert id");
        EnsureValidKey(alert.UserKey.Value, "user key");
        var result = AlertInsertResult.Inserted;
        var stored = alert;
        try
        {
            await tables.InsertAsync(names.Alerts, AlertRows.Primary(alert), cancellationToken);
        }
        catch (StorageException e) when (e.Kind == StorageErrorKind.Conflict)
        {
            result = AlertInsertResult.Duplicate;
            stored = await GetAsync(alert.AlertId, cancellationToken)
                ?? throw new StorageException(StorageErrorKind.Other, $"Alert '{alert.AlertId}' conflicted on insert but cannot be read.", innerException: e);
        }

        await tables.UpsertAsync(names.UserAlerts, AlertRows.UserIndex(stored), cancellationToken);
        return result;
    }

    public async Task<StoredAlert?> GetAsync(AlertId alertId, CancellationToken cancellationToken = default)
    {
        EnsureValidKey(alertId.Value, "alert id");
        var row = await tables.GetAsync(names.Alerts, alertId.Value, AlertRows.PrimaryRowKey, cancellationToken: cancellationToken);
        return row is null ? null : AlertRows.FromPrimary(row);
    }

    /// <summary>The user's alerts in alert-id order, read from their primary rows.</summary>
    public async IAsyncEnumerable<StoredAlert> ListByUserAsync(UserPseudonym userKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        EnsureValidKey(userKey.Value, "user key");
        var query = new TableQuery { PartitionKey = userKey.Value, Select = ["DetectedAt"] };
        await foreach (var index in tables.QueryAsync(names.UserAlerts, query, cancellationToken))
        {
            var alert = await GetAsync(new AlertId(index.RowKey), cancellationToken);
            if (alert is not null && alert.UserKey == userKey)
            {
                yield return alert;
            }
        }
    }

    private static void EnsureValidKey(string value, string what)
    {
        if (string.IsNullOrEmpty(value) || !PropertyValues.IsValidKey(value))
        {
            throw new StorageException(StorageErrorKind.InvalidInput, $"The {what} is empty or holds a character a table key may not.");
        }
    }
}
