using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Domain.Cases;

/// <summary>An alert attached to a case: Confirmed while the case is active, Resolved with it.</summary>
public sealed record CaseAlert(
    AlertId AlertId,
    string Policy,
    Severity Severity,
    DateTimeOffset DetectedAt,
    AlertStatus Status,
    DateTimeOffset AttachedAt);
