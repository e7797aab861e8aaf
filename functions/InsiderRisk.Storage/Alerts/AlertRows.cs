using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Storage.Cases;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Alerts;

/// <summary>
/// The primary row (table <c>Alerts</c>, PartitionKey = alert id, RowKey = <c>alert</c>) and the per-user
/// index row (table <c>UserAlerts</c>, PartitionKey = user key, RowKey = alert id). Property names and
/// enum names are a storage format: never rename them.
/// </summary>
internal static class AlertRows
{
    public const string PrimaryRowKey = "alert";

    public static TableEntity Primary(StoredAlert alert)
    {
        var row = new TableEntity(alert.AlertId.Value, PrimaryRowKey)
        {
            ["UserKey"] = alert.UserKey.Value,
            ["Policy"] = alert.Policy,
            ["Severity"] = alert.Severity.ToString(),
            ["Status"] = alert.Status.ToString(),
            ["DetectedAt"] = alert.DetectedAt,
            ["RiskScore"] = alert.RiskScore,
        };
        ChunkedText.Write(row, "D", alert.Data, $"The data of alert '{alert.AlertId}'");
        return row;
    }

    public static StoredAlert FromPrimary(TableEntity row) => new(
        new AlertId(row.PartitionKey),
        new UserPseudonym(row.GetString("UserKey") ?? string.Empty),
        row.GetString("Policy") ?? string.Empty,
        Enum.Parse<Severity>(row.GetString("Severity") ?? nameof(Severity.Low)),
        Enum.Parse<AlertStatus>(row.GetString("Status") ?? nameof(AlertStatus.NeedsReview)),
        row.GetDateTime("DetectedAt") ?? DateTimeOffset.MinValue,
        row.GetDouble("RiskScore") ?? 0,
        ChunkedText.Read(row, "D"));

    /// <summary>Small on purpose: the primary row stays the one place an alert's fields change.</summary>
    public static TableEntity UserIndex(StoredAlert alert) => new(alert.UserKey.Value, alert.AlertId.Value)
    {
        ["DetectedAt"] = alert.DetectedAt,
    };
}
