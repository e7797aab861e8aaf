using InsiderRisk.Bench.AppHost;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Bench.Ingest;

/// <summary>
/// The ingest baseline: the rows the app wrote, written straight into the store as entity-group
/// transactions of up to 100 upserts per partition (a partition of one row, such as an alert's own,
/// as a plain upsert: a one-row transaction only costs more), 8 partitions at a time (the app's own
/// write parallelism), into tables of their own (<c>Raw</c> + the app's table name) in the same store.
/// </summary>
public sealed class RawBatchWriter(ITableStore store)
{
    public const string TablePrefix = "Raw";
    private const int Parallelism = 8;

    private readonly HashSet<string> created = new(StringComparer.Ordinal);

    /// <summary>Creates the raw tables these writes need; kept out of the timed write.</summary>
    public async Task PrepareAsync(IReadOnlyList<RecordedWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        foreach (var table in writes.Select(write => write.Table).Distinct(StringComparer.Ordinal).Where(created.Add))
        {
            await store.CreateTableIfNotExistsAsync(TablePrefix + table, cancellationToken);
        }
    }

    /// <summary>Writes each row's final state once; returns how many rows that is.</summary>
    public async Task<int> WriteAsync(IReadOnlyList<RecordedWrite> writes, CancellationToken cancellationToken)
    {
        var rows = FinalRows(writes);
        var batches = rows
            .GroupBy(row => (row.Table, row.Entity.PartitionKey))
            .SelectMany(partition => partition.Chunk(TableStoreExtensions.MaxBatchOperations));
        await Parallel.ForEachAsync(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (batch, token) =>
            {
                if (batch.Length == 1)
                {
                    await store.UpsertAsync(TablePrefix + batch[0].Table, batch[0].Entity, token);
                }
                else
                {
                    await store.SubmitBatchAsync(TablePrefix + batch[0].Table, [.. batch.Select(row => TableOperation.UpsertReplace(row.Entity))], token);
                }
            });
        return rows.Count;
    }

    // A row written twice (an insert, then a merge of a counter) is written once, as it ended up.
    private static List<(string Table, TableEntity Entity)> FinalRows(IReadOnlyList<RecordedWrite> writes)
    {
        var rows = new Dictionary<(string, string, string), TableEntity>();
        foreach (var write in writes)
        {
            var key = (write.Table, write.Entity.PartitionKey, write.Entity.RowKey);
            var merges = write.Kind is TableOperationKind.Merge or TableOperationKind.UpsertMerge;
            var row = merges && rows.TryGetValue(key, out var earlier) ? earlier : new TableEntity(write.Entity.PartitionKey, write.Entity.RowKey);
            if (!merges)
            {
                row.Properties.Clear();
            }

            foreach (var (name, value) in write.Entity.Properties)
            {
                row.Properties[name] = value;
            }

            rows[key] = row;
        }

        return [.. rows.Select(pair => (pair.Key.Item1, pair.Value))];
    }
}
