using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Tests.Cases;

/// <summary>
/// A table store that runs <see cref="BeforeNextBatch"/> once, just before the next batch goes to the
/// inner store: the way to put a competing writer exactly between a read and the write that follows it.
/// </summary>
public sealed class InterceptingTableStore(ITableStore inner) : ITableStore
{
    public Func<Task>? BeforeNextBatch { get; set; }

    public Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default) =>
        inner.CreateTableIfNotExistsAsync(table, cancellationToken);

    public Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default) =>
        inner.GetAsync(table, partitionKey, rowKey, select, cancellationToken);

    public Task<TablePage> QueryPageAsync(string table, TableQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryPageAsync(table, query, cancellationToken);

    public Task<string?> ExecuteAsync(string table, TableOperation operation, CancellationToken cancellationToken = default) =>
        inner.ExecuteAsync(table, operation, cancellationToken);

    public async Task<IReadOnlyList<string?>> SubmitBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default)
    {
        var hook = BeforeNextBatch;
        BeforeNextBatch = null;
        if (hook is not null)
        {
            await hook();
        }

        return await inner.SubmitBatchAsync(table, operations, cancellationToken);
    }
}
