namespace InsiderRisk.Storage.Cases;

/// <summary>
/// Per-case event streams with a transactional outbox. An append writes the new events, the
/// outbox rows of their effects and the stream head in one atomic batch in the case's partition,
/// guarded by the expected version: a concurrent writer gets a <see cref="StorageErrorKind.PreconditionFailed"/>
/// (or Conflict) <see cref="StorageException"/>, never a lost update.
/// </summary>
public interface ICaseEventStore
{
    Task<CaseStream> LoadAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>Every event of the case from the first, in order (the replayable history).</summary>
    IAsyncEnumerable<StoredEvent> ReadHistoryAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends; <paramref name="expectedVersion"/> 0 creates the stream. Returns the new version.
    /// An optional snapshot (of the state after these events) is stored with them.
    /// </summary>
    Task<long> AppendAsync(
        string caseId,
        long expectedVersion,
        IReadOnlyList<NewEvent> events,
        IReadOnlyList<OutboxEntry> outbox,
        CaseSnapshot? snapshot = null,
        CancellationToken cancellationToken = default);

    /// <summary>Pending outbox entries of every case whose due time (null = now) is at or before <paramref name="dueBy"/>.</summary>
    IAsyncEnumerable<OutboxEntry> ListPendingAsync(DateTimeOffset dueBy, CancellationToken cancellationToken = default);

    /// <summary>Pending outbox entries of one case.</summary>
    Task<IReadOnlyList<OutboxEntry>> ListPendingAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>Marks an entry done; idempotent (done twice, or unknown, changes nothing).</summary>
    Task MarkDoneAsync(string caseId, string effectId, CancellationToken cancellationToken = default);
}
