using System.Globalization;
using System.Text.Json;
using InsiderRisk.Integrations.CaseEvents;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.CaseEvents;

/// <summary>
/// Pages through one case's rows of the local sink (<see cref="TableCaseEventPublisher.Table"/>) in
/// sequence order: a RowKey range read of one partition, one row more than the page to know whether
/// another page follows.
/// </summary>
public sealed class PublishedEventPages(ITableStore tables)
{
    /// <summary>The page after the row key <paramref name="after"/> (null = from the first) and the last row key when more follow.</summary>
    public async Task<(IReadOnlyList<PublishedEventView> Items, string? LastKey)> ReadAsync(
        string caseId, string? after, int pageSize, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        string? token = null;
        do
        {
            var page = await tables.QueryPageAsync(
                TableCaseEventPublisher.Table,
                new TableQuery
                {
                    PartitionKey = caseId,
                    Filter = after is null ? null : TableFilter.Gt("RowKey", after),
                    PageSize = Math.Min(TableQuery.MaxPageSize, pageSize + 1 - rows.Count),
                    ContinuationToken = token,
                },
                cancellationToken);
            rows.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null && rows.Count <= pageSize);

        var items = rows.Take(pageSize).Select(View).ToList();
        return (items, rows.Count > pageSize ? rows[pageSize - 1].RowKey : null);
    }

    /// <summary>A row key of this table: the sequence, zero-padded to 19 digits.</summary>
    public static bool IsRowKey(string key) => key.Length == 19 && key.All(char.IsAsciiDigit);

    private static PublishedEventView View(TableEntity row)
    {
        using var body = JsonDocument.Parse(ChunkedText.Read(row, "Body"));
        return new PublishedEventView(
            long.Parse(row.RowKey, CultureInfo.InvariantCulture),
            row.GetString("MessageId") ?? string.Empty,
            row.GetString("Subject") ?? string.Empty,
            row.GetDateTime("PublishedAt") ?? row.Timestamp ?? DateTimeOffset.MinValue,
            body.RootElement.Clone());
    }
}
