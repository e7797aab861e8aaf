using System.Runtime.CompilerServices;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Cases;

/// <summary>Reads a case back: the head with its snapshot, then the commits after it, checked for gaps.</summary>
internal sealed class CaseStreamReader
{
    private readonly ITableStore tables;
    private readonly CaseStoreTables names;

    public CaseStreamReader(ITableStore tables, CaseStoreTables names)
    {
        this.tables = tables;
        this.names = names;
    }

    public async Task<CaseStream> LoadAsync(string caseId, CancellationToken cancellationToken)
    {
        var head = await tables.GetAsync(names.Cases, caseId, CaseRows.Head, cancellationToken: cancellationToken);
        if (head is null)
        {
            return new CaseStream(caseId, 0, null, []);
        }

        var version = head.GetInt64("Version") ?? 0;
        var snapshot = CaseRows.SnapshotOf(head);
        var events = new List<StoredEvent>();

        // Commits written after the head was read belong to a later version: stop at ours.
        await foreach (var e in ReadEventsAsync(caseId, (snapshot?.Version ?? 0) + 1, cancellationToken))
        {
            if (e.Sequence > version)
            {
                break;
            }

            events.Add(e);
        }

        if ((events.Count > 0 ? events[^1].Sequence : snapshot?.Version ?? 0) != version)
        {
            throw new StorageException(StorageErrorKind.Other, $"Case '{caseId}' is at version {version} but its events stop before it.");
        }

        return new CaseStream(caseId, version, snapshot, events);
    }

    public async IAsyncEnumerable<StoredEvent> ReadEventsAsync(string caseId, long fromSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new TableQuery
        {
            PartitionKey = caseId,
            Filter = TableFilter.Ge("RowKey", CaseRows.Commit(fromSequence)).And(TableFilter.Lt("RowKey", CaseRows.CommitsEnd)),
        };
        var next = fromSequence;
        await foreach (var commit in tables.QueryAsync(names.Cases, query, cancellationToken))
        {
            foreach (var e in CaseRows.EventsOf(commit))
            {
                if (e.Sequence != next)
                {
                    throw new StorageException(StorageErrorKind.Other, $"Case '{caseId}' history jumps from {next - 1} to {e.Sequence}.");
                }

                next++;
                yield return e;
            }
        }
    }
}
