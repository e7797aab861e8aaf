namespace InsiderRisk.Storage.Tables;

/// <summary>
/// One row of a table: addressed by (table, partition key, row key), with typed properties.
/// Property values are one of: string, int, long, double, bool, DateTimeOffset (UTC), Guid, byte[].
/// </summary>
public sealed class TableEntity
{
    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string PartitionKey { get; }

    public string RowKey { get; }

    /// <summary>Set by the store on read and write; null on an entity that was never stored.</summary>
    public string? ETag { get; set; }

    /// <summary>Last-modified time kept by the store.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    public IDictionary<string, object> Properties { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    public object? this[string name]
    {
        get => Properties.TryGetValue(name, out var value) ? value : null;
        set
        {
            if (value is null)
            {
                Properties.Remove(name);
            }
            else
            {
                PropertyValues.EnsureSupported(name, value);
                Properties[name] = value;
            }
        }
    }

    public string? GetString(string name) => this[name] as string;

    public int? GetInt32(string name) => this[name] is int v ? v : null;

    public long? GetInt64(string name) => this[name] switch
    {
        long l => l,
        int i => i,
        _ => null,
    };

    public double? GetDouble(string name) => this[name] switch
    {
        double d => d,
        int i => i,
        long l => l,
        _ => null,
    };

    public bool? GetBoolean(string name) => this[name] is bool v ? v : null;

    public DateTimeOffset? GetDateTime(string name) => this[name] is DateTimeOffset v ? v : null;

    public Guid? GetGuid(string name) => this[name] is Guid v ? v : null;

    public byte[]? GetBinary(string name) => this[name] as byte[];
}
