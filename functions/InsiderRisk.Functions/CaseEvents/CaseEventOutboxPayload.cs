namespace InsiderRisk.Functions.CaseEvents;

/// <summary>What a <see cref="CaseEventOutbox.Kind"/> row holds: the append's sequence range and when it was appended.</summary>
public sealed record CaseEventOutboxPayload(long FromSequence, long ToSequence, DateTimeOffset AppendedAt);
