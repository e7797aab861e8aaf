using System.Globalization;
using System.Text.Json.Nodes;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Alerts.Admin;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Storage.Sqlite;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>Alerts as pipelines send them, index entries, and stores for the alert area's tests.</summary>
public static class AlertBuilders
{
    public const string Adele = "adele@contoso.test";
    public const string Ben = "ben@contoso.test";

    /// <summary>Whole seconds, a little in the past, so every detection time is valid whatever the machine's clock.</summary>
    public static DateTimeOffset BaseTime { get; } =
        DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).AddDays(-3);

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>An alert as the pipelines send it; <paramref name="minutes"/> after <see cref="BaseTime"/>.</summary>
    public static JsonObject Alert(
        string alertId,
        string userId = Adele,
        string policy = "Data leaks",
        string? severity = "High",
        int riskScore = 80,
        int minutes = 0,
        string title = "Sensitive files downloaded")
    {
        var detectedAt = BaseTime.AddMinutes(minutes);
        var alert = new JsonObject
        {
            ["alertId"] = alertId,
            ["userId"] = userId,
            ["policy"] = policy,
            ["riskScore"] = riskScore,
            ["detectedAt"] = Iso(detectedAt),
            ["title"] = title,
            ["activities"] = new JsonArray(
                new JsonObject { ["type"] = "FileDownloaded", ["time"] = Iso(detectedAt.AddMinutes(-2)), ["riskScore"] = 60, ["detail"] = "budget.xlsx" },
                new JsonObject { ["type"] = "FileUploadedToCloud", ["time"] = Iso(detectedAt.AddMinutes(-1)), ["riskScore"] = riskScore }),
            ["contentItems"] = new JsonArray(
                new JsonObject { ["id"] = alertId + "-f1", ["kind"] = "File", ["name"] = "budget.xlsx", ["source"] = "SharePoint", ["location"] = "https://contoso.sharepoint.com/budget.xlsx", ["sensitivity"] = "Confidential" },
                new JsonObject { ["id"] = alertId + "-m1", ["kind"] = "Email", ["name"] = "RE: numbers", ["source"] = "Exchange" }),
        };
        if (severity is not null)
        {
            alert["severity"] = severity;
        }

        return alert;
    }

    public static JsonArray Batch(params JsonObject[] alerts) => [.. alerts];

    /// <summary>A bulk triage body: <c>{alertIds: [...]}</c>, to be completed with <see cref="With"/>.</summary>
    public static JsonObject Ids(params string[] ids) => new() { ["alertIds"] = new JsonArray([.. ids.Select(id => (JsonNode)id)]) };

    public static JsonObject With(this JsonObject json, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(json);
        json[name] = value;
        return json;
    }

    public static AlertQueueEntry Entry(string alertId, AlertStatus status = AlertStatus.NeedsReview, Severity severity = Severity.High, int minutes = 0, string policy = "Data leaks", string title = "Files downloaded") =>
        new(new AlertId(alertId), new UserPseudonym("User-0000000001"), policy, severity, status, BaseTime.AddMinutes(minutes), 80, title, null);

    /// <summary>An in-memory store with the alert area's tables.</summary>
    public static async Task<(SqliteDatabase Database, ITableStore Tables)> TablesAsync()
    {
        var database = SqliteDatabase.OpenInMemory("alerts-" + Guid.NewGuid().ToString("N"));
        var tables = new SqliteTableStore(database);
        foreach (var table in new[] { "Alerts", "UserAlerts", AlertQueueIndex.Table, ActivityIndex.Table, InvalidMessageLog.Table })
        {
            await tables.CreateTableIfNotExistsAsync(table);
        }

        return (database, tables);
    }
}
