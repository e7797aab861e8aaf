using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Integrations.Sinks;

/// <summary>
/// What the local sink kept for one effect in place of calling the service: the request as it would
/// have been sent (JSON) and the labelled stand-in result (e.g. <c>local-team-{effectId}</c>).
/// </summary>
public sealed record SinkRecord(string CaseId, string EffectId, EffectKind Kind, string Request, string Result, DateTimeOffset RecordedAt);
