namespace InsiderRisk.Storage.Azure.Tables;

/// <summary>
/// The entity segment <c>Table(PartitionKey='…',RowKey='…')</c>: quotes doubled, then
/// percent-encoded (keys were validated before, so no '/', '\', '#', '?' or control characters).
/// </summary>
internal static class EntityPath
{
    public static string For(string table, string partitionKey, string rowKey) =>
        $"{table}(PartitionKey='{Escape(partitionKey)}',RowKey='{Escape(rowKey)}')";

    private static string Escape(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));
}
