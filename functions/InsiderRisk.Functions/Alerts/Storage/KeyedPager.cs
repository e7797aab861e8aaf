using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>
/// Pages over one partition in RowKey order with a filter the store applies and one it cannot (text
/// search). The page ends after <c>pageSize</c> kept rows or <see cref="ScanBudget"/> read rows; the
/// next page starts after the last row read, so the continuation is just that row key. A page may be
/// short and still have a continuation (as Table Storage pages are).
/// </summary>
internal static class KeyedPager
{
    public const int ScanBudget = 5_000;

    public static async Task<KeyedPage<TableEntity>> ReadAsync(
        ITableStore tables,
        string table,
        string partitionKey,
        TableFilter filter,
        Func<TableEntity, bool> keep,
        int pageSize,
        CancellationToken cancellationToken)
    {
        var items = new List<TableEntity>();
        var scanned = 0;
        var query = new TableQuery { PartitionKey = partitionKey, Filter = filter, PageSize = TableQuery.MaxPageSize };
        while (true)
        {
            var page = await tables.QueryPageAsync(table, query, cancellationToken);
            for (var i = 0; i < page.Items.Count; i++)
            {
                var row = page.Items[i];
                scanned++;
                if (keep(row))
                {
                    items.Add(row);
                }

                var lastOfAll = i == page.Items.Count - 1 && page.ContinuationToken is null;
                if (!lastOfAll && (items.Count == pageSize || scanned >= ScanBudget))
                {
                    return new KeyedPage<TableEntity>(items, row.RowKey);
                }
            }

            if (page.ContinuationToken is null)
            {
                return new KeyedPage<TableEntity>(items, null);
            }

            query = query with { ContinuationToken = page.ContinuationToken };
        }
    }
}
