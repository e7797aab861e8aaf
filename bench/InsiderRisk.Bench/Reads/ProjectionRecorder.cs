using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Bench.Reads;

/// <summary>
/// An empty table store that keeps the writes a projection makes instead of sending them, so the
/// product's own projection decides every row while the rows reach the real store in batches.
/// Reads answer "absent" and deletes "not found", which is what a fresh store answers for a case
/// projected once from its whole history.
/// </summary>
public sealed class ProjectionRecorder : ITableStore
{
    private readonly List<(string Table, TableOperation Operation)> writes = [];

    /// <summary>The writes since the last call, in order.</summary>
    public IReadOnlyList<(string Table, TableOperation Operation)> Take()
    {
        (string, TableOperation)[] taken = [.. writes];
        writes.Clear();
        return taken;
    }

    public Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<TableEntity?>(null);

    public Task<TablePage> QueryPageAsync(string table, TableQuery query, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("A projection writes; the recorder answers no queries.");

    public Task<string?> ExecuteAsync(string table, TableOperation operation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Kind == TableOperationKind.Delete)
        {
            throw new StorageException(StorageErrorKind.NotFound, "The entity does not exist (nothing was stored yet).");
        }

        writes.Add((table, operation));
        return Task.FromResult<string?>(null);
    }

    public Task<IReadOnlyList<string?>> SubmitBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        foreach (TableOperation operation in operations)
        {
            writes.Add((table, operation));
        }

        return Task.FromResult<IReadOnlyList<string?>>([.. operations.Select(_ => (string?)null)]);
    }
}
