using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>Idempotent bulk writes within one partition, as entity-group transactions of up to 100 rows.</summary>
internal static class TableBatches
{
    public static async Task UpsertAsync(ITableStore tables, string table, IEnumerable<TableEntity> rows, CancellationToken cancellationToken)
    {
        foreach (var partition in rows.GroupBy(row => row.PartitionKey, StringComparer.Ordinal))
        {
            // The last write of a row wins, as it would have one by one.
            var distinct = partition.GroupBy(row => row.RowKey, StringComparer.Ordinal).Select(group => group.Last());
            foreach (var chunk in distinct.Chunk(TableStoreExtensions.MaxBatchOperations))
            {
                await tables.SubmitBatchAsync(table, [.. chunk.Select(TableOperation.UpsertReplace)], cancellationToken);
            }
        }
    }

    /// <summary>Deletes the rows that exist; rows already gone are skipped.</summary>
    public static async Task DeleteAsync(ITableStore tables, string table, string partitionKey, IEnumerable<string> rowKeys, CancellationToken cancellationToken)
    {
        var existing = await ExistingAsync(tables, table, partitionKey, rowKeys, cancellationToken);
        foreach (var chunk in existing.Chunk(TableStoreExtensions.MaxBatchOperations))
        {
            var pending = chunk.ToList();
            while (pending.Count > 0)
            {
                try
                {
                    await tables.SubmitBatchAsync(table, [.. pending.Select(key => TableOperation.Delete(partitionKey, key))], cancellationToken);
                    break;
                }
                catch (BatchOperationException e) when (e.Kind == StorageErrorKind.NotFound && e.FailedIndex < pending.Count)
                {
                    pending.RemoveAt(e.FailedIndex);
                }
            }
        }
    }

    /// <summary>
    /// The keys whose rows exist, in their order: point reads in parallel cost less than a failed
    /// transaction per missing row. A row that goes missing after this is still handled by the caller.
    /// </summary>
    public static async Task<List<string>> ExistingAsync(ITableStore tables, string table, string partitionKey, IEnumerable<string> rowKeys, CancellationToken cancellationToken)
    {
        var keys = rowKeys.Distinct(StringComparer.Ordinal).ToList();
        var exists = new bool[keys.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, keys.Count),
            new ParallelOptions { MaxDegreeOfParallelism = StorageParallelism.Reads, CancellationToken = cancellationToken },
            async (i, token) => exists[i] = await tables.GetAsync(table, partitionKey, keys[i], KeyOnly, token) is not null);
        return [.. keys.Where((_, i) => exists[i])];
    }

    // Keys always come back; one small column keeps the read from fetching the whole row.
    private static readonly IReadOnlyList<string> KeyOnly = ["AlertId"];
}
