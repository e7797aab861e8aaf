using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Tests.Contract;

/// <summary>Names and entities for contract tests; unique names let one server serve many tests at once.</summary>
public static class Builders
{
    /// <summary>A letter, then letters and digits: valid on Azure and unique per call.</summary>
    public static string TableName(string prefix = "t") => prefix + Guid.NewGuid().ToString("N")[..24];

    /// <summary>Lowercase letters, digits and single hyphens, short enough to take a "-poison" suffix.</summary>
    public static string QueueName() => "q-" + Guid.NewGuid().ToString("N")[..24];

    public static TableEntity Entity(string partitionKey, string rowKey, params (string Name, object Value)[] properties)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        foreach (var (name, value) in properties)
        {
            entity[name] = value;
        }

        return entity;
    }

    public static async Task<List<TableEntity>> All(this ITableStore store, string table, TableQuery? query = null)
    {
        var result = new List<TableEntity>();
        await foreach (var entity in store.QueryAsync(table, query ?? new TableQuery()))
        {
            result.Add(entity);
        }

        return result;
    }

    public static async Task<List<string>> RowKeys(this ITableStore store, string table, TableFilter filter, string? partitionKey = null)
    {
        var entities = await store.All(table, new TableQuery { Filter = filter, PartitionKey = partitionKey });
        return entities.ConvertAll(e => e.RowKey);
    }

    public static async Task<StorageException> ThrowsStorage(StorageErrorKind kind, Func<Task> action)
    {
        var failure = await Assert.ThrowsAnyAsync<StorageException>(action);
        Assert.Equal(kind, failure.Kind);
        return failure;
    }
}
