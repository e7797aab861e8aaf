using System.Collections.Concurrent;

namespace InsiderRisk.Deployment.Tests.Support;

/// <summary>The tables and queues the app created, as its stores were asked to create them.</summary>
public sealed class StoreUse
{
    private readonly ConcurrentDictionary<string, byte> tables = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> queues = new(StringComparer.Ordinal);

    public IReadOnlyList<string> CreatedTables => [.. tables.Keys.Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> CreatedQueues => [.. queues.Keys.Order(StringComparer.Ordinal)];

    public void OnTableCall(string method, string table)
    {
        if (method == "CreateTableIfNotExistsAsync")
        {
            tables.TryAdd(table, 0);
        }
    }

    public void OnQueueCall(string method, string queue)
    {
        if (method == "CreateQueueIfNotExistsAsync")
        {
            queues.TryAdd(queue, 0);
        }
    }
}
