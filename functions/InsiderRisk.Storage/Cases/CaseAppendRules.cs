using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Cases;

/// <summary>What an append must satisfy before anything is written, each refusal with a clear reason.</summary>
internal static class CaseAppendRules
{
    /// <summary>Kept under the 4 MiB a batch may carry, counting strings as UTF-16.</summary>
    private const long MaxBatchBytes = 4L * 1000 * 1000;

    public static void EnsureValidCaseId(string caseId)
    {
        if (!PropertyValues.IsValidKey(caseId) || caseId.Length == 0 || caseId.Contains('|', StringComparison.Ordinal))
        {
            throw Invalid($"'{caseId}' is not a valid case id: non-empty, no '|', and only characters a table key may hold.");
        }
    }

    public static void EnsureValidIds(string caseId, string effectId)
    {
        EnsureValidCaseId(caseId);
        if (effectId.Length == 0 || !PropertyValues.IsValidKey(CaseRows.Outbox(effectId)))
        {
            throw Invalid($"'{effectId}' is not a valid effect id: non-empty, and only characters a table key may hold.");
        }
    }

    public static void EnsureValidAppend(string caseId, long expectedVersion, IReadOnlyList<NewEvent> events, IReadOnlyList<OutboxEntry> outbox, CaseSnapshot? snapshot)
    {
        EnsureValidCaseId(caseId);
        if (expectedVersion < 0)
        {
            throw Invalid("The expected version is 0 (a new case) or more.");
        }

        if (events.Count == 0)
        {
            throw Invalid("An append holds at least one event.");
        }

        if (outbox.Count > TableCaseEventStore.MaxOutboxPerAppend)
        {
            throw Invalid($"An append holds at most {TableCaseEventStore.MaxOutboxPerAppend} outbox entries (one batch of 100 also carries the head and the commit); this one has {outbox.Count}.");
        }

        var effectIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in outbox)
        {
            if (entry.CaseId != caseId)
            {
                throw Invalid($"Outbox entry '{entry.EffectId}' belongs to case '{entry.CaseId}', not '{caseId}'.");
            }

            EnsureValidIds(caseId, entry.EffectId);
            if (!effectIds.Add(entry.EffectId))
            {
                throw Invalid($"Effect '{entry.EffectId}' appears twice in one append.");
            }
        }

        if (snapshot is not null && snapshot.Version != expectedVersion + events.Count)
        {
            throw Invalid($"A snapshot stored with an append is of the state after it (version {expectedVersion + events.Count}), not {snapshot.Version}.");
        }
    }

    public static void EnsureBatchFits(IEnumerable<TableOperation> operations)
    {
        var bytes = operations.Sum(o => o.Entity.Properties.Sum(p => 64L + (p.Value is string s ? 2L * s.Length : 16)));
        if (bytes > MaxBatchBytes)
        {
            throw Invalid($"The append is about {bytes} bytes; one transaction carries at most 4 MiB. Store large payloads elsewhere and reference them.");
        }
    }

    private static StorageException Invalid(string message) => new(StorageErrorKind.InvalidInput, message);
}
