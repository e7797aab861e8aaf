using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Bench.Reads;

/// <summary>Collects rows per table and partition and sends them as full batches of <see cref="BatchSize"/> (the store's batch limit).</summary>
public sealed class RowBatcher(ITableStore tables)
{
    public const int BatchSize = 100;

    private readonly Dictionary<(string Table, string Partition), List<TableOperation>> pending = [];

    public async Task AddAsync(IEnumerable<(string Table, TableOperation Operation)> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        foreach (var (table, operation) in writes)
        {
            var key = (table, operation.Entity.PartitionKey);
            if (!pending.TryGetValue(key, out List<TableOperation>? batch))
            {
                pending[key] = batch = new List<TableOperation>(BatchSize);
            }

            batch.Add(operation);
            if (batch.Count == BatchSize)
            {
                await SendAsync(key, cancellationToken);
            }
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var key in pending.Keys.ToList())
        {
            await SendAsync(key, cancellationToken);
        }
    }

    private async Task SendAsync((string Table, string Partition) key, CancellationToken cancellationToken)
    {
        List<TableOperation> batch = pending[key];
        pending.Remove(key);
        await tables.SubmitBatchAsync(key.Table, batch, cancellationToken);
    }
}
