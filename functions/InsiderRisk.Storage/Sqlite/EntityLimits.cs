using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Sqlite;

/// <summary>
/// The limits Table Storage enforces on the service side, enforced here too so that what works on
/// SQLite also works on Azure: 252 properties, 64 KiB per string or binary value, DateTime from 1601,
/// 1 MiB per entity and 4 MiB per batch (sizes counted as the service documents them, strings in UTF-16).
/// </summary>
internal static class EntityLimits
{
    public const int MaxProperties = 252;
    public const int MaxValueBytes = 64 * 1024;
    public const long MaxEntityBytes = 1024 * 1024;
    public const long MaxBatchBytes = 4 * 1024 * 1024;

    private static readonly DateTimeOffset MinDateTime = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Checks one entity and returns its size.</summary>
    public static long Check(TableEntity entity)
    {
        if (entity.Properties.Count > MaxProperties)
        {
            throw Invalid($"An entity holds at most {MaxProperties} properties; this one has {entity.Properties.Count}.");
        }

        long size = 4 + (2L * (entity.PartitionKey.Length + entity.RowKey.Length));
        foreach (var (name, value) in entity.Properties)
        {
            size += 8 + (2L * name.Length) + ValueSize(name, value);
        }

        return size <= MaxEntityBytes
            ? size
            : throw Invalid($"The entity is {size} bytes; the limit is {MaxEntityBytes} (1 MiB).");
    }

    public static void CheckBatch(IEnumerable<TableOperation> operations)
    {
        var total = operations.Sum(operation => Check(operation.Entity));
        if (total > MaxBatchBytes)
        {
            throw Invalid($"The batch is {total} bytes; the limit is {MaxBatchBytes} (4 MiB).");
        }
    }

    private static long ValueSize(string name, object value)
    {
        var size = value switch
        {
            string s => 4 + (2L * s.Length),
            byte[] x => 4 + x.LongLength,
            bool => 1,
            int => 4,
            Guid => 16,
            _ => 8,
        };

        if (size - 4 > MaxValueBytes && value is string or byte[])
        {
            throw Invalid($"Property '{name}' is {size - 4} bytes; a value holds at most {MaxValueBytes} (64 KiB).");
        }

        if (value is DateTimeOffset at && at < MinDateTime)
        {
            throw Invalid($"Property '{name}' is before 1601-01-01, the earliest time Table Storage holds.");
        }

        return size;
    }

    private static StorageException Invalid(string message) => new(StorageErrorKind.InvalidInput, message);
}
