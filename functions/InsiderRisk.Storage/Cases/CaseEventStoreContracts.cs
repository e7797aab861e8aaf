namespace InsiderRisk.Storage.Cases;

/// <summary>An event as the store keeps it: the domain serializes, the store does not interpret.</summary>
public sealed record StoredEvent(long Sequence, string Type, string Data, DateTimeOffset At, string By);

/// <summary>An event to append; its sequence is assigned by its position after the expected version.</summary>
public sealed record NewEvent(string Type, string Data, DateTimeOffset At, string By);

/// <summary>
/// An outside effect (or a durable timer) to run after its events commit. Written in the same atomic
/// batch as the events. <see cref="DueAt"/> null = run now; a time = a timer.
/// </summary>
public sealed record OutboxEntry(string CaseId, string EffectId, string Kind, string Payload, DateTimeOffset? DueAt);

/// <summary>A snapshot of the case state (serialized by the domain) taken at <see cref="Version"/>.</summary>
public sealed record CaseSnapshot(long Version, string Data);

/// <summary>What loading a case gives: the latest snapshot (if any), the events after it, and the version.</summary>
public sealed record CaseStream(string CaseId, long Version, CaseSnapshot? Snapshot, IReadOnlyList<StoredEvent> Events)
{
    public bool Exists => Version > 0;
}
