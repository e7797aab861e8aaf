using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.CaseViews;

/// <summary>One alert of a case: its status there (Confirmed, or Resolved with the case) and when it was attached.</summary>
public sealed record CaseAlertItem(
    string AlertId,
    string Policy,
    Severity Severity,
    AlertStatus Status,
    DateTimeOffset DetectedAt,
    DateTimeOffset AttachedAt,
    string Title,
    int RiskScore);
