using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Dashboard;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>
/// The NeedsReview partition: alert rows plus a counter row, changed together in one transaction
/// (ETag-guarded on the counter), so the backlog count always equals the rows present. A row already
/// added (or already removed) is dropped from the batch, so repeats count nothing twice.
/// </summary>
internal sealed class CountedPartition(ITableStore tables, string table, string partitionKey)
{
    // Contention on the one counter row makes a writer retry; this many losses in a row is an outage.
    private const int MaxAttempts = 50;
    private const int RowsPerBatch = TableStoreExtensions.MaxBatchOperations - 1;

    public async Task<SeverityCounts> ReadAsync(CancellationToken cancellationToken) =>
        BacklogCounts.Read(await tables.GetAsync(table, partitionKey, AlertQueueKeys.BacklogRowKey, cancellationToken: cancellationToken));

    public async Task AddAsync(IEnumerable<(TableEntity Row, Severity Severity)> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.DistinctBy(row => row.Row.RowKey, StringComparer.Ordinal).Chunk(RowsPerBatch))
        {
            await WriteAsync([.. chunk], row => TableOperation.Insert(row.Row), StorageErrorKind.Conflict, +1, cancellationToken);
        }
    }

    public async Task RemoveAsync(IEnumerable<(TableEntity Row, Severity Severity)> rows, CancellationToken cancellationToken)
    {
        var byKey = rows.DistinctBy(row => row.Row.RowKey, StringComparer.Ordinal).ToDictionary(row => row.Row.RowKey, StringComparer.Ordinal);
        var existing = await TableBatches.ExistingAsync(tables, table, partitionKey, byKey.Keys, cancellationToken);
        foreach (var chunk in existing.Select(key => byKey[key]).Chunk(RowsPerBatch))
        {
            await WriteAsync([.. chunk], row => TableOperation.Delete(partitionKey, row.Row.RowKey), StorageErrorKind.NotFound, -1, cancellationToken);
        }
    }

    private async Task WriteAsync(
        List<(TableEntity Row, Severity Severity)> pending,
        Func<(TableEntity Row, Severity Severity), TableOperation> operation,
        StorageErrorKind alreadyDone,
        int delta,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var counter = await tables.GetAsync(table, partitionKey, AlertQueueKeys.BacklogRowKey, cancellationToken: cancellationToken);
            var counts = BacklogCounts.Apply(BacklogCounts.Read(counter), pending.Select(row => row.Severity), delta);
            var counterRow = BacklogCounts.ToRow(partitionKey, counts);
            List<TableOperation> operations =
            [
                .. pending.Select(operation),
                counter is null ? TableOperation.Insert(counterRow) : TableOperation.Replace(counterRow, counter.ETag ?? TableOperation.AnyETag),
            ];
            try
            {
                await tables.SubmitBatchAsync(table, operations, cancellationToken);
                return;
            }
            catch (BatchOperationException e) when (e.Kind == alreadyDone && e.FailedIndex < pending.Count)
            {
                pending.RemoveAt(e.FailedIndex);
            }
            catch (BatchOperationException e) when (e.FailedIndex == pending.Count
                && e.Kind is StorageErrorKind.Conflict or StorageErrorKind.PreconditionFailed && attempt < MaxAttempts)
            {
                // Another writer moved the counter first: read it again.
            }
        }
    }
}
