using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>
/// The triage columns this app adds to the alert store's primary rows (table <c>Alerts</c>, RowKey
/// <c>alert</c>), next to the store's own <c>UserKey</c>, <c>Policy</c>, <c>Severity</c>, <c>Status</c>,
/// <c>DetectedAt</c>, <c>RiskScore</c>. Names are a storage format. Merges cannot remove a column, so an
/// empty string means "none".
/// </summary>
internal static class AlertRowColumns
{
    public const string RowKey = "alert";
    public const string Status = "Status";
    public const string CaseId = "CaseId";
    public const string ClaimTarget = "ClaimTarget";
    public const string ClaimCaseId = "ClaimCaseId";
    public const string ClaimAt = "ClaimAt";
    public const string ClaimNonce = "ClaimNonce";
    public const string ConfirmTarget = "ConfirmTarget";
    public const string DismissReason = "DismissReason";
    public const string DismissNotes = "DismissNotes";
    public const string TriagedBy = "TriagedBy";
    public const string TriagedAt = "TriagedAt";
    public const string Classification = "Classification";

    public static readonly IReadOnlyList<string> Select =
    [
        "UserKey", "Policy", "Severity", Status, "DetectedAt", "RiskScore", CaseId, ClaimTarget, ClaimCaseId, ClaimAt, ClaimNonce,
        ConfirmTarget, DismissReason, DismissNotes, TriagedBy, TriagedAt, Classification,
    ];

    public static AlertTriageState Read(TableEntity row) => new(
        new AlertId(row.PartitionKey),
        new UserPseudonym(row.GetString("UserKey") ?? string.Empty),
        row.GetString("Policy") ?? string.Empty,
        EnumNames.TryParse<Severity>(row.GetString("Severity"), out var severity) ? severity : Severity.Low,
        EnumNames.TryParse<AlertStatus>(row.GetString(Status), out var status) ? status : AlertStatus.NeedsReview,
        row.GetDateTime("DetectedAt") ?? DateTimeOffset.MinValue,
        (int)Math.Round(row.GetDouble("RiskScore") ?? 0),
        row.ETag ?? TableOperation.AnyETag)
    {
        CaseId = Text(row, CaseId) is { } caseId ? new CaseId(caseId) : null,
        Claim = Text(row, ClaimTarget) is { } target && row.GetDateTime(ClaimAt) is { } at
            ? new TriageClaim(target, Text(row, ClaimCaseId) is { } claimed ? new CaseId(claimed) : null, at, Text(row, ClaimNonce) ?? string.Empty)
            : null,
        ConfirmTarget = Text(row, ConfirmTarget),
        DismissReason = Text(row, DismissReason),
        DismissNotes = Text(row, DismissNotes),
        TriagedBy = Text(row, TriagedBy),
        TriagedAt = row.GetDateTime(TriagedAt),
        Classification = Text(row, Classification),
    };

    private static string? Text(TableEntity row, string column) =>
        row.GetString(column) is { Length: > 0 } value ? value : null;
}
