using System.Collections.Concurrent;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Bench.AppHost;

/// <summary>
/// The app's table store with every written entity noted (table and entity, in order), so a baseline
/// can write exactly the rows the app wrote. Reads and deletes pass through unnoted; noting is one
/// queue append per write, small beside a store round trip.
/// </summary>
public sealed class RecordingTableStore(ITableStore inner) : ITableStore
{
    private readonly ConcurrentQueue<RecordedWrite> writes = new();

    public ITableStore Inner => inner;

    /// <summary>The writes noted since the last call, oldest first.</summary>
    public IReadOnlyList<RecordedWrite> Drain()
    {
        var drained = new List<RecordedWrite>(writes.Count);
        while (writes.TryDequeue(out var write))
        {
            drained.Add(write);
        }

        return drained;
    }

    public Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default) =>
        inner.CreateTableIfNotExistsAsync(table, cancellationToken);

    public Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default) =>
        inner.GetAsync(table, partitionKey, rowKey, select, cancellationToken);

    public Task<TablePage> QueryPageAsync(string table, TableQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryPageAsync(table, query, cancellationToken);

    public async Task<string?> ExecuteAsync(string table, TableOperation operation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var etag = await inner.ExecuteAsync(table, operation, cancellationToken);
        Note(table, operation);
        return etag;
    }

    public async Task<IReadOnlyList<string?>> SubmitBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var etags = await inner.SubmitBatchAsync(table, operations, cancellationToken);
        foreach (var operation in operations)
        {
            Note(table, operation);
        }

        return etags;
    }

    // Only writes that succeeded are noted: a failed insert (a duplicate) wrote nothing.
    private void Note(string table, TableOperation operation)
    {
        if (operation.Kind != TableOperationKind.Delete)
        {
            writes.Enqueue(new RecordedWrite(table, operation.Kind, operation.Entity));
        }
    }
}
