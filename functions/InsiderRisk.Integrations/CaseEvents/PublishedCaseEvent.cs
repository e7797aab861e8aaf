namespace InsiderRisk.Integrations.CaseEvents;

/// <summary>A case event as the local sink kept it.</summary>
public sealed record PublishedCaseEvent(string CaseId, long Sequence, string MessageId, string Subject, string Body, DateTimeOffset PublishedAt);
