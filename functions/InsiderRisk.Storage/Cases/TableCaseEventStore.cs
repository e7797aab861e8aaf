using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Cases;

/// <summary>
/// <see cref="ICaseEventStore"/> over any <see cref="ITableStore"/> (Azure Tables or SQLite). One
/// partition per case; an append is one entity-group transaction: the head (ETag-guarded version),
/// one commit row holding all its events, and one row per outbox entry. See the project README.
/// </summary>
public sealed class TableCaseEventStore : ICaseEventStore
{
    /// <summary>A batch holds 100 operations: the head, the commit, and at most this many outbox rows.</summary>
    public const int MaxOutboxPerAppend = TableStoreExtensions.MaxBatchOperations - 2;

    private readonly ITableStore tables;
    private readonly CaseStoreTables names;
    private readonly TimeProvider time;
    private readonly OutboxIndex index;
    private readonly CaseStreamReader reader;

    public TableCaseEventStore(ITableStore tables, TimeProvider? time = null, CaseStoreTables? names = null)
    {
        this.tables = tables;
        this.time = time ?? TimeProvider.System;
        this.names = names ?? new CaseStoreTables();
        index = new OutboxIndex(tables, this.names, this.time);
        reader = new CaseStreamReader(tables, this.names);
    }

    public async Task CreateTablesAsync(CancellationToken cancellationToken = default)
    {
        await tables.CreateTableIfNotExistsAsync(names.Cases, cancellationToken);
        await tables.CreateTableIfNotExistsAsync(names.OutboxIndex, cancellationToken);
    }

    public Task<CaseStream> LoadAsync(string caseId, CancellationToken cancellationToken = default)
    {
        CaseAppendRules.EnsureValidCaseId(caseId);
        return reader.LoadAsync(caseId, cancellationToken);
    }

    public IAsyncEnumerable<StoredEvent> ReadHistoryAsync(string caseId, CancellationToken cancellationToken = default)
    {
        CaseAppendRules.EnsureValidCaseId(caseId);
        return reader.ReadEventsAsync(caseId, 1, cancellationToken);
    }

    public async Task<long> AppendAsync(
        string caseId,
        long expectedVersion,
        IReadOnlyList<NewEvent> events,
        IReadOnlyList<OutboxEntry> outbox,
        CaseSnapshot? snapshot = null,
        CancellationToken cancellationToken = default)
    {
        CaseAppendRules.EnsureValidAppend(caseId, expectedVersion, events, outbox, snapshot);
        var version = expectedVersion + events.Count;
        var headWrite = await HeadWriteAsync(caseId, expectedVersion, version, snapshot, cancellationToken);

        var now = time.GetUtcNow();
        var due = outbox.Select(o => (Entry: o, Due: o.DueAt ?? now)).ToList();
        var operations = new List<TableOperation>(outbox.Count + 2)
        {
            headWrite,
            TableOperation.Insert(CaseRows.CommitRow(caseId, expectedVersion + 1, events)),
        };
        operations.AddRange(due.Select(d => TableOperation.Insert(CaseRows.OutboxRow(d.Entry, version, OutboxIndex.Bucket(d.Due)))));
        CaseAppendRules.EnsureBatchFits(operations);

        // The markers go first: an acknowledged append always has them; a failed one leaves markers
        // that the lister recognises as stale and deletes.
        await index.WriteMarkersAsync(due, expectedVersion, cancellationToken);
        try
        {
            await tables.SubmitBatchAsync(names.Cases, operations, cancellationToken);
        }
        catch (BatchOperationException e) when (e.FailedIndex >= 2 && e.Kind == StorageErrorKind.Conflict)
        {
            // The head matched, so this is no race: the effect id was used by an earlier append.
            throw new StorageException(StorageErrorKind.InvalidInput, $"Case '{caseId}' already has an outbox entry '{outbox[e.FailedIndex - 2].EffectId}'.", innerException: e);
        }

        return version;
    }

    public IAsyncEnumerable<OutboxEntry> ListPendingAsync(DateTimeOffset dueBy, CancellationToken cancellationToken = default) =>
        index.ListPendingAsync(dueBy, cancellationToken);

    public async Task<IReadOnlyList<OutboxEntry>> ListPendingAsync(string caseId, CancellationToken cancellationToken = default)
    {
        CaseAppendRules.EnsureValidCaseId(caseId);
        var query = new TableQuery
        {
            PartitionKey = caseId,
            Filter = TableFilter.RowKeyStartsWith(CaseRows.OutboxPrefix).And(TableFilter.Eq("Status", CaseRows.Pending)),
        };
        var pending = new List<OutboxEntry>();
        await foreach (var row in tables.QueryAsync(names.Cases, query, cancellationToken))
        {
            pending.Add(CaseRows.EntryOf(row));
        }

        return pending;
    }

    public async Task MarkDoneAsync(string caseId, string effectId, CancellationToken cancellationToken = default)
    {
        CaseAppendRules.EnsureValidIds(caseId, effectId);
        var row = await tables.GetAsync(names.Cases, caseId, CaseRows.Outbox(effectId), ["Status", "Bucket"], cancellationToken);
        if (row is null)
        {
            return;
        }

        if (CaseRows.IsPending(row))
        {
            var done = new TableEntity(caseId, row.RowKey) { ["Status"] = CaseRows.Done, ["DoneAt"] = time.GetUtcNow() };
            await tables.ExecuteAsync(names.Cases, TableOperation.Merge(done), cancellationToken);
        }

        await index.DeleteMarkerAsync(row.GetString("Bucket") ?? string.Empty, caseId, effectId, cancellationToken);
    }

    /// <summary>Insert for a new case; otherwise guarded by the head's ETag, read now and checked against the expected version.</summary>
    private async Task<TableOperation> HeadWriteAsync(string caseId, long expectedVersion, long version, CaseSnapshot? snapshot, CancellationToken cancellationToken)
    {
        var head = CaseRows.HeadRow(caseId, version, snapshot);
        if (expectedVersion == 0)
        {
            return TableOperation.Insert(head);
        }

        var current = await tables.GetAsync(names.Cases, caseId, CaseRows.Head, ["Version"], cancellationToken);
        var actual = current?.GetInt64("Version") ?? 0;
        if (current is null || actual != expectedVersion)
        {
            throw new StorageException(StorageErrorKind.PreconditionFailed, $"Case '{caseId}' is at version {actual}, not {expectedVersion}.", 412);
        }

        // Without a new snapshot a merge leaves the stored one in place; with one, replace drops stale chunks.
        return snapshot is null ? TableOperation.Merge(head, current.ETag!) : TableOperation.Replace(head, current.ETag!);
    }
}
