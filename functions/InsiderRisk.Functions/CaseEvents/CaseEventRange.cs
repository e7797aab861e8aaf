using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Functions.CaseEvents;

/// <summary>
/// Reads one range of a case's stored events. A range of the latest appends lies after the head's
/// snapshot and comes with the load (one partition read); an older one (a late re-send) reads the
/// history from the start and stops at the range's end.
/// </summary>
public sealed class CaseEventRange(ICaseEventStore store)
{
    /// <summary>The events <paramref name="from"/>..<paramref name="to"/>; null when the case does not hold them all.</summary>
    public async Task<IReadOnlyList<StoredEvent>?> ReadAsync(string caseId, long from, long to, CancellationToken cancellationToken)
    {
        var stream = await store.LoadAsync(caseId, cancellationToken);
        if (!stream.Exists || from < 1 || to < from || to > stream.Version)
        {
            return null;
        }

        if (from > (stream.Snapshot?.Version ?? 0))
        {
            return [.. stream.Events.Where(e => e.Sequence >= from && e.Sequence <= to)];
        }

        var events = new List<StoredEvent>();
        await foreach (var e in store.ReadHistoryAsync(caseId, cancellationToken))
        {
            if (e.Sequence > to)
            {
                break;
            }

            if (e.Sequence >= from)
            {
                events.Add(e);
            }
        }

        return events;
    }
}
