using System.Collections.Concurrent;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>The app's table store, counting the writes (single operations and batches) made to each table.</summary>
public sealed class CountingTableStore(ITableStore inner, CountingTableStore.Counts counts) : ITableStore
{
    public static void Install(IServiceCollection services, Counts counts) =>
        TableStoreDecorator.Install(services, inner => new CountingTableStore(inner, counts));

    public Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default) =>
        inner.CreateTableIfNotExistsAsync(table, cancellationToken);

    public Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default) =>
        inner.GetAsync(table, partitionKey, rowKey, select, cancellationToken);

    public Task<TablePage> QueryPageAsync(string table, TableQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryPageAsync(table, query, cancellationToken);

    public Task<string?> ExecuteAsync(string table, TableOperation operation, CancellationToken cancellationToken = default)
    {
        counts.Add(table);
        return inner.ExecuteAsync(table, operation, cancellationToken);
    }

    public Task<IReadOnlyList<string?>> SubmitBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default)
    {
        counts.Add(table);
        return inner.SubmitBatchAsync(table, operations, cancellationToken);
    }

    public sealed class Counts
    {
        private readonly ConcurrentDictionary<string, int> _writes = new(StringComparer.Ordinal);

        public int Of(string table) => _writes.GetValueOrDefault(table);

        public void Add(string table) => _writes.AddOrUpdate(table, 1, (_, count) => count + 1);
    }
}
