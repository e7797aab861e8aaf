using System.Globalization;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Platform.Audit;

/// <summary>
/// The audit log on the table contract: one partition per UTC day, rows keyed by time then a random
/// suffix, written with Insert only (append-only: nothing updates or deletes an entry).
/// </summary>
public sealed class TableAuditLog(ITableStore tables) : IAuditLog
{
    public const string Table = "Audit";

    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var at = entry.At.ToUniversalTime();
        var row = new TableEntity(Day(at), $"{at.UtcTicks:D19}-{Guid.NewGuid():N}")
        {
            ["At"] = at,
            ["Actor"] = entry.Actor,
            ["Action"] = entry.Action,
            ["Target"] = entry.Target,
            ["Outcome"] = entry.Outcome.ToString(),
        };
        if (entry.Detail is not null)
        {
            row["Detail"] = entry.Detail.Length > 4000 ? entry.Detail[..4000] : entry.Detail;
        }

        await tables.InsertAsync(Table, row, cancellationToken);
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var cursor = AuditCursor.Decode(query.ContinuationToken) ?? new AuditCursor(Day(query.From.ToUniversalTime()), null);
        var lastDay = Day(query.To.ToUniversalTime());
        var items = new List<AuditEntry>();
        while (string.CompareOrdinal(cursor.Day, lastDay) <= 0 && items.Count < query.PageSize)
        {
            var page = await tables.QueryPageAsync(Table, new TableQuery
            {
                PartitionKey = cursor.Day,
                Filter = Filter(query),
                PageSize = query.PageSize - items.Count,
                ContinuationToken = cursor.Inner,
            }, cancellationToken);
            items.AddRange(page.Items.Select(Read));
            cursor = page.ContinuationToken is null ? new AuditCursor(NextDay(cursor.Day), null) : cursor with { Inner = page.ContinuationToken };
        }

        var more = string.CompareOrdinal(cursor.Day, lastDay) <= 0;
        return new AuditPage(items, more ? cursor.Encode() : null);
    }

    private static TableFilter Filter(AuditQuery query)
    {
        var filter = TableFilter.Ge("At", query.From.ToUniversalTime()).And(TableFilter.Lt("At", query.To.ToUniversalTime()));
        if (!string.IsNullOrEmpty(query.Actor))
        {
            filter = filter.And(TableFilter.Eq("Actor", query.Actor));
        }

        if (!string.IsNullOrEmpty(query.Action))
        {
            filter = filter.And(TableFilter.Eq("Action", query.Action));
        }

        return filter;
    }

    private static AuditEntry Read(TableEntity row) => new(
        row.GetDateTime("At") ?? DateTimeOffset.MinValue,
        row.GetString("Actor") ?? "",
        row.GetString("Action") ?? "",
        row.GetString("Target") ?? "",
        Enum.TryParse<AuditOutcome>(row.GetString("Outcome"), out var outcome) ? outcome : AuditOutcome.Failed,
        row.GetString("Detail"));

    private static string Day(DateTimeOffset at) => at.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string NextDay(string day) =>
        DateTime.ParseExact(day, "yyyyMMdd", CultureInfo.InvariantCulture).AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
