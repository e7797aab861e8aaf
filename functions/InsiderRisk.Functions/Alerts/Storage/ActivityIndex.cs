using System.Globalization;
using InsiderRisk.Domain;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>
/// Each user's activity timeline (table <c>Activities</c>): PartitionKey = user pseudonym, RowKey =
/// <c>{time ticks:D19}_{alertId}_{index:D4}</c>, so the timeline reads oldest first and a time window
/// is one RowKey range. Rows are upserted, so writing an alert's activities again changes nothing.
/// </summary>
public sealed class ActivityIndex(ITableStore tables)
{
    public const string Table = "Activities";

    /// <summary>The activities of many alerts, written per user partition in transactions of up to 100 rows.</summary>
    public Task AddAsync(IEnumerable<(UserPseudonym User, AlertDocument Alert)> alerts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var rows = alerts.SelectMany(pair => pair.Alert.Activities.Select((activity, index) =>
            new TableEntity(pair.User.Value, RowKey(activity.Time, pair.Alert.Id, index))
            {
                ["AlertId"] = pair.Alert.AlertId,
                ["Index"] = index,
                ["Type"] = activity.Type,
                ["Time"] = activity.Time,
                ["RiskScore"] = activity.RiskScore,
                ["Detail"] = activity.Detail ?? string.Empty,
                ["Policy"] = pair.Alert.Policy,
            }));
        return TableBatches.UpsertAsync(tables, Table, rows, cancellationToken);
    }

    public async Task<KeyedPage<ActivityEntry>> PageAsync(UserPseudonym user, ActivityFilter filter, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var range = TableFilter.Lt("RowKey", filter.To is { } to ? Ticks(to) : "A");
        range = range.And(filter.After is { } after
            ? TableFilter.Gt("RowKey", after)
            : TableFilter.Ge("RowKey", filter.From is { } from ? Ticks(from) : "0"));
        if (filter.MinRiskScore is { } min)
        {
            range = range.And(TableFilter.Ge("RiskScore", min));
        }

        var page = await KeyedPager.ReadAsync(tables, Table, user.Value, range, _ => true, pageSize, cancellationToken);
        return page.Select(Read);
    }

    private static ActivityEntry Read(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(
            new AlertId(row.GetString("AlertId") ?? string.Empty),
            row.GetInt32("Index") ?? 0,
            row.GetString("Type") ?? string.Empty,
            row.GetDateTime("Time") ?? DateTimeOffset.MinValue,
            row.GetInt32("RiskScore") ?? 0,
            row.GetString("Detail") is { Length: > 0 } detail ? detail : null,
            row.GetString("Policy") ?? string.Empty);
    }

    private static string RowKey(DateTimeOffset time, AlertId alertId, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{Ticks(time)}_{alertId.Value}_{index:D4}");

    private static string Ticks(DateTimeOffset time) => time.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
