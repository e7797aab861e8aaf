using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>One alert as the triage index (table <c>AlertQueue</c>) lists it.</summary>
public sealed record AlertQueueEntry(
    AlertId AlertId,
    UserPseudonym User,
    string Policy,
    Severity Severity,
    AlertStatus Status,
    DateTimeOffset DetectedAt,
    int RiskScore,
    string Title,
    CaseId? CaseId)
{
    public static AlertQueueEntry From(AlertDocument document, UserPseudonym user, AlertStatus status, CaseId? caseId)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document.Id, user, document.Policy, document.Severity, status, document.DetectedAt, document.RiskScore, document.Title, caseId);
    }

    public string RowKey => AlertQueueKeys.RowKey(DetectedAt, AlertId);
}
