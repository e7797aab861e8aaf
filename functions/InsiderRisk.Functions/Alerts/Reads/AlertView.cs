using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.Reads;

/// <summary>
/// <c>GET /api/alerts/{alertId}</c>: the alert without its content items (those are for Investigators,
/// through <c>/api/cases/{caseId}/content</c>); <see cref="ContentItemCount"/> says how many it has.
/// </summary>
public sealed record AlertView(
    string AlertId,
    string User,
    string Policy,
    Severity Severity,
    int RiskScore,
    AlertStatus Status,
    DateTimeOffset DetectedAt,
    string Title,
    string? SignInId,
    string? CaseId,
    IReadOnlyList<AlertActivity> Activities,
    int ContentItemCount,
    DismissalView? Dismissal,
    string? TriagedBy,
    DateTimeOffset? TriagedAt);

/// <summary>Why and with what notes a dismissed alert was dismissed.</summary>
public sealed record DismissalView(string Reason, string? Notes);
