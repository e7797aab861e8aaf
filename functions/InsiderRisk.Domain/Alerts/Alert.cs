namespace InsiderRisk.Domain.Alerts;

/// <summary>
/// One policy match for one user, as delivered and validated. Immutable: its status lives with triage
/// (<see cref="AlertStatus"/>), not here. <c>UserId</c> is the real identity; it never leaves the store
/// unpseudonymized.
/// </summary>
public sealed record Alert(
    AlertId AlertId,
    string UserId,
    string Policy,
    Severity Severity,
    int RiskScore,
    DateTimeOffset DetectedAt,
    string Title,
    IReadOnlyList<AlertActivity> Activities,
    IReadOnlyList<ContentItem> ContentItems,
    SignInId? SignInId);
