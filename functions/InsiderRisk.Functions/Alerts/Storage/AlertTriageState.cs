using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>
/// An alert's triage fields as its primary row holds them, with the ETag to guard a change.
/// <see cref="Claim"/> is a triage request in flight: the alert still needs review, but a confirm or
/// dismiss has reserved it.
/// </summary>
public sealed record AlertTriageState(
    AlertId AlertId,
    UserPseudonym User,
    string Policy,
    Severity Severity,
    AlertStatus Status,
    DateTimeOffset DetectedAt,
    int RiskScore,
    string ETag)
{
    /// <summary>The case a Confirmed or Resolved alert belongs to.</summary>
    public CaseId? CaseId { get; init; }

    public TriageClaim? Claim { get; init; }

    /// <summary>The claim target that confirmed it (so a retried confirm is recognised).</summary>
    public string? ConfirmTarget { get; init; }

    public string? DismissReason { get; init; }

    public string? DismissNotes { get; init; }

    public string? TriagedBy { get; init; }

    public DateTimeOffset? TriagedAt { get; init; }

    public string? Classification { get; init; }
}
