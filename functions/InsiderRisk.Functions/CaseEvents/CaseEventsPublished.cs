using InsiderRisk.Integrations.CaseEvents;

namespace InsiderRisk.Functions.CaseEvents;

/// <summary>The messages of one published range, and whether they are for the topic's output binding (else the local sink has them).</summary>
public sealed record CaseEventsPublished(IReadOnlyList<CaseEventMessage> Messages, bool ToTopic);
