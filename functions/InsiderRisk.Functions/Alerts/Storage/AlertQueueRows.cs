using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>Rows of table <c>AlertQueue</c>; property names are a storage format.</summary>
internal static class AlertQueueRows
{
    public static TableEntity ToRow(string partition, AlertQueueEntry entry) => new(partition, entry.RowKey)
    {
        ["AlertId"] = entry.AlertId.Value,
        ["UserKey"] = entry.User.Value,
        ["Policy"] = entry.Policy,
        ["PolicyKey"] = PolicyKey(entry.Policy),
        ["Severity"] = entry.Severity.ToString(),
        ["Status"] = entry.Status.ToString(),
        ["DetectedAt"] = entry.DetectedAt,
        ["RiskScore"] = entry.RiskScore,
        ["Title"] = entry.Title,
        ["CaseId"] = entry.CaseId?.Value ?? string.Empty,
    };

    public static AlertQueueEntry FromRow(TableEntity row) => new(
        new AlertId(row.GetString("AlertId") ?? string.Empty),
        new UserPseudonym(row.GetString("UserKey") ?? string.Empty),
        row.GetString("Policy") ?? string.Empty,
        EnumNames.TryParse<Severity>(row.GetString("Severity"), out var severity) ? severity : Severity.Low,
        EnumNames.TryParse<AlertStatus>(row.GetString("Status"), out var status) ? status : AlertStatus.NeedsReview,
        row.GetDateTime("DetectedAt") ?? DateTimeOffset.MinValue,
        row.GetInt32("RiskScore") ?? 0,
        row.GetString("Title") ?? string.Empty,
        row.GetString("CaseId") is { Length: > 0 } caseId ? new CaseId(caseId) : null);

    /// <summary>Policies filter ignoring case: the lower-cased name is kept beside the name.</summary>
    public static string PolicyKey(string policy) => policy.Trim().ToLowerInvariant();
}
