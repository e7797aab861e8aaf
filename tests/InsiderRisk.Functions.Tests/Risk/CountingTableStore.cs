using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>The app's table store, counting the writes (single operations and batches) made to each table.</summary>
public static class CountingTableStore
{
    public static void Install(IServiceCollection services, Counts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        WriteHookTableStore.Install(services, counts.Add);
    }

    public sealed class Counts
    {
        private readonly ConcurrentDictionary<string, int> _writes = new(StringComparer.Ordinal);

        public int Of(string table) => _writes.GetValueOrDefault(table);

        public void Add(string table) => _writes.AddOrUpdate(table, 1, (_, count) => count + 1);
    }
}
