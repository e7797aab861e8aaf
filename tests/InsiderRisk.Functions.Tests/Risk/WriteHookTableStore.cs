using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>The app's table store, calling <paramref name="beforeWrite"/> with the table before every write (single operation or batch).</summary>
internal sealed class WriteHookTableStore(ITableStore inner, Action<string> beforeWrite) : ITableStore
{
    public static void Install(IServiceCollection services, Action<string> beforeWrite) =>
        TableStoreDecorator.Install(services, inner => new WriteHookTableStore(inner, beforeWrite));

    public Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default) =>
        inner.CreateTableIfNotExistsAsync(table, cancellationToken);

    public Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default) =>
        inner.GetAsync(table, partitionKey, rowKey, select, cancellationToken);

    public Task<TablePage> QueryPageAsync(string table, TableQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryPageAsync(table, query, cancellationToken);

    public Task<string?> ExecuteAsync(string table, TableOperation operation, CancellationToken cancellationToken = default)
    {
        beforeWrite(table);
        return inner.ExecuteAsync(table, operation, cancellationToken);
    }

    public Task<IReadOnlyList<string?>> SubmitBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default)
    {
        beforeWrite(table);
        return inner.SubmitBatchAsync(table, operations, cancellationToken);
    }
}
