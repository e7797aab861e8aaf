using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.Reads;

/// <summary>One alert in a list; <see cref="User"/> is the pseudonym (or the raw id where pseudonymization is off).</summary>
public sealed record AlertListItem(
    string AlertId,
    string User,
    string Policy,
    Severity Severity,
    int RiskScore,
    AlertStatus Status,
    DateTimeOffset DetectedAt,
    string Title,
    string? CaseId);
