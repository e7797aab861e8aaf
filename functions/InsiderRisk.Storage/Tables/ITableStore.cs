namespace InsiderRisk.Storage.Tables;

/// <summary>
/// The table half of the storage contract, implemented by Azure Table Storage and by SQLite with
/// the same semantics. Errors are <see cref="StorageException"/> with a typed kind.
/// </summary>
public interface ITableStore
{
    Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default);

    /// <summary>Point read; null when absent.</summary>
    Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default);

    Task<TablePage> QueryPageAsync(string table, TableQuery query, CancellationToken cancellationToken = default);

    /// <summary>One write; returns the entity's new ETag (null for Delete).</summary>
    Task<string?> ExecuteAsync(string table, TableOperation operation, CancellationToken cancellationToken = default);

    /// <summary>
    /// All-or-nothing batch: 1–100 operations, one partition key, each entity at most once.
    /// Invalid batches are rejected before anything is sent. A failing operation rolls the whole
    /// batch back and throws <see cref="BatchOperationException"/> naming its index.
    /// Returns the new ETag of each operation in order (null for Delete).
    /// </summary>
    Task<IReadOnlyList<string?>> SubmitBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default);
}
