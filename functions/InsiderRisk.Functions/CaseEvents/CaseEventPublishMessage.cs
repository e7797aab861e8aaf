namespace InsiderRisk.Functions.CaseEvents;

/// <summary>The body of a <c>case-event-publish</c> message: one append's events of one case, inclusive.</summary>
public sealed record CaseEventPublishMessage(string CaseId, long FromSequence, long ToSequence);
