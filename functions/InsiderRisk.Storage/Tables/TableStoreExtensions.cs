using System.Runtime.CompilerServices;

namespace InsiderRisk.Storage.Tables;

public static class TableStoreExtensions
{
    public const int MaxBatchOperations = 100;

    /// <summary>Every entity the query matches, page after page, streamed.</summary>
    public static async IAsyncEnumerable<TableEntity> QueryAsync(
        this ITableStore store,
        string table,
        TableQuery query,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var page = query;
        while (true)
        {
            var result = await store.QueryPageAsync(table, page, cancellationToken);
            foreach (var entity in result.Items)
            {
                yield return entity;
            }

            if (result.ContinuationToken is null)
            {
                yield break;
            }

            page = page with { ContinuationToken = result.ContinuationToken };
        }
    }

    public static Task<string?> InsertAsync(this ITableStore store, string table, TableEntity entity, CancellationToken cancellationToken = default) =>
        store.ExecuteAsync(table, TableOperation.Insert(entity), cancellationToken);

    public static Task<string?> UpsertAsync(this ITableStore store, string table, TableEntity entity, CancellationToken cancellationToken = default) =>
        store.ExecuteAsync(table, TableOperation.UpsertReplace(entity), cancellationToken);

    /// <summary>
    /// Checks what every store must refuse before sending anything: empty or over 100 operations,
    /// more than one partition key, an entity twice, invalid keys or properties.
    /// </summary>
    public static void ValidateBatch(IReadOnlyList<TableOperation> operations)
    {
        if (operations.Count is 0 or > MaxBatchOperations)
        {
            throw new StorageException(StorageErrorKind.InvalidInput, $"A batch holds 1 to {MaxBatchOperations} operations; this one has {operations.Count}.");
        }

        var partitionKey = operations[0].Entity.PartitionKey;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            if (!string.Equals(operation.Entity.PartitionKey, partitionKey, StringComparison.Ordinal))
            {
                throw new StorageException(StorageErrorKind.InvalidInput, "All operations of a batch must share one partition key.");
            }

            if (!seen.Add(operation.Entity.RowKey))
            {
                throw new StorageException(StorageErrorKind.InvalidInput, $"Row '{operation.Entity.RowKey}' appears twice in one batch.");
            }

            ValidateOperation(operation);
        }
    }

    /// <summary>Keys, property names and types, and a present IfMatch where the kind needs one.</summary>
    public static void ValidateOperation(TableOperation operation)
    {
        PropertyValues.EnsureValidKeys(operation.Entity.PartitionKey, operation.Entity.RowKey);
        foreach (var (name, value) in operation.Entity.Properties)
        {
            PropertyValues.EnsureSupported(name, value);
        }

        if (operation.Kind is TableOperationKind.Replace or TableOperationKind.Merge or TableOperationKind.Delete
            && string.IsNullOrEmpty(operation.IfMatch))
        {
            throw new StorageException(StorageErrorKind.InvalidInput, $"{operation.Kind} needs an ETag or '*' to match.");
        }
    }
}
