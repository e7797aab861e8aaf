using System.Collections.Concurrent;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Bench.Commands;

/// <summary>
/// The events the command path said it appended, per case and event type; <see cref="CountMismatchesAsync"/>
/// compares them with what each case's stored history holds after the run.
/// </summary>
public sealed class EventLedger
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, int>> expected = new(StringComparer.Ordinal);

    public int Cases => expected.Count;

    public long Events => expected.Values.Sum(types => (long)types.Values.Sum());

    public void Add(string caseId, IReadOnlyList<CaseEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var types = expected.GetOrAdd(caseId, _ => new ConcurrentDictionary<string, int>(StringComparer.Ordinal));
        foreach (CaseEvent e in events)
        {
            types.AddOrUpdate(CaseJson.Serialize(e).Type, 1, (_, count) => count + 1);
        }
    }

    /// <summary>Σ |stored − accepted| over every case and event type: events lost plus events duplicated.</summary>
    public async Task<long> CountMismatchesAsync(ICaseEventStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        long mismatches = 0;
        foreach (var (caseId, types) in expected)
        {
            var stored = new Dictionary<string, int>(StringComparer.Ordinal);
            await foreach (StoredEvent e in store.ReadHistoryAsync(caseId, cancellationToken))
            {
                stored[e.Type] = stored.GetValueOrDefault(e.Type) + 1;
            }

            mismatches += stored.Keys.Union(types.Keys, StringComparer.Ordinal)
                .Sum(type => (long)Math.Abs(stored.GetValueOrDefault(type) - types.GetValueOrDefault(type)));
        }

        return mismatches;
    }
}
