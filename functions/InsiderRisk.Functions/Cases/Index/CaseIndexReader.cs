using System.Runtime.CompilerServices;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Cases.Index;

/// <summary>
/// Answers the case queue from the index, never from the event store. Status and "opened between"
/// narrow to key ranges of the status partitions, "updated between" is a server-side filter; the text
/// search reads the remaining rows and matches names in memory (cost: one row read per case in range,
/// at most <see cref="MaxScannedRows"/> per request, after which the page ends early with a token).
/// A contributor without a role reads their own pointer partition and one point read per case.
/// </summary>
public sealed class CaseIndexReader(ITableStore tables)
{
    public const int MaxScannedRows = 5000;

    public Task<CaseIndexPage> ListAsync(CaseListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var segments = query.Statuses
            .Select(status => (Func<string?, IAsyncEnumerable<(string, CaseIndexEntry?)>>)(after => StatusRowsAsync(status, query, after, cancellationToken)))
            .ToList();
        return PageAsync(segments, query, cancellationToken);
    }

    public Task<CaseIndexPage> ListForContributorAsync(string userId, CaseListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var partition = CaseIndexKeys.ContributorPartition(userId);
        return PageAsync([after => ContributedRowsAsync(partition, query, after, cancellationToken)], query, cancellationToken);
    }

    public async Task<bool> HasContributionsAsync(string userId, CancellationToken cancellationToken = default)
    {
        var page = await tables.QueryPageAsync(
            CaseIndexKeys.Table,
            new TableQuery { PartitionKey = CaseIndexKeys.ContributorPartition(userId), PageSize = 1, Select = [CaseIndexRows.CaseId] },
            cancellationToken);
        return page.Items.Count > 0;
    }

    private static async Task<CaseIndexPage> PageAsync(
        IReadOnlyList<Func<string?, IAsyncEnumerable<(string RowKey, CaseIndexEntry? Entry)>>> segments,
        CaseListQuery query,
        CancellationToken cancellationToken)
    {
        var items = new List<CaseIndexEntry>();
        CaseIndexToken? afterLastItem = null;
        var scanned = 0;
        var start = query.Token?.Segment ?? 0;
        for (var segment = start; segment < segments.Count; segment++)
        {
            var after = segment == start ? query.Token?.After : null;
            await foreach (var (rowKey, entry) in segments[segment](after).WithCancellation(cancellationToken))
            {
                var position = new CaseIndexToken(segment, rowKey);
                if (entry is not null && query.Matches(entry))
                {
                    if (items.Count == query.PageSize)
                    {
                        return new CaseIndexPage(items, afterLastItem!.Encode());
                    }

                    items.Add(entry);
                    afterLastItem = position;
                }

                if (++scanned >= MaxScannedRows)
                {
                    return new CaseIndexPage(items, position.Encode());
                }
            }
        }

        return new CaseIndexPage(items, null);
    }

    private async IAsyncEnumerable<(string, CaseIndexEntry?)> StatusRowsAsync(
        CaseStatus status, CaseListQuery query, string? after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = KeyRange(query, after);
        if (query.UpdatedFrom is { } from)
        {
            filter = And(filter, TableFilter.Ge(CaseIndexRows.LastUpdatedAt, from.ToUniversalTime()));
        }

        if (query.UpdatedTo is { } to)
        {
            filter = And(filter, TableFilter.Lt(CaseIndexRows.LastUpdatedAt, to.ToUniversalTime()));
        }

        var rows = tables.QueryAsync(
            CaseIndexKeys.Table,
            new TableQuery { PartitionKey = CaseIndexKeys.StatusPartition(status), Filter = filter, PageSize = ServerPageSize(query) },
            cancellationToken);
        await foreach (var row in rows)
        {
            yield return (row.RowKey, CaseIndexRows.Read(row));
        }
    }

    private async IAsyncEnumerable<(string, CaseIndexEntry?)> ContributedRowsAsync(
        string partition, CaseListQuery query, string? after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pointers = tables.QueryAsync(CaseIndexKeys.Table, new TableQuery { PartitionKey = partition, Filter = KeyRange(query, after) }, cancellationToken);
        await foreach (var pointer in pointers)
        {
            CaseIndexEntry? entry = null;
            foreach (var status in query.Statuses)
            {
                var row = await tables.GetAsync(CaseIndexKeys.Table, CaseIndexKeys.StatusPartition(status), pointer.RowKey, cancellationToken: cancellationToken);
                if (row is not null)
                {
                    entry = CaseIndexRows.Read(row);
                    break;
                }
            }

            yield return (pointer.RowKey, entry);
        }
    }

    /// <summary>
    /// Without text search the server's filter is the whole match, so one more row than the page tells
    /// whether another exists; a text search filters in memory and reads full server pages.
    /// </summary>
    private static int ServerPageSize(CaseListQuery query) =>
        query.Text is null ? Math.Min(TableQuery.MaxPageSize, query.PageSize + 1) : TableQuery.MaxPageSize;

    /// <summary>Opened [from, to) as a RowKey range (keys sort newest first), after the token's key.</summary>
    private static TableFilter? KeyRange(CaseListQuery query, string? after)
    {
        TableFilter? filter = after is null ? null : TableFilter.Gt("RowKey", after);
        if (query.OpenedFrom is { } from)
        {
            filter = And(filter, TableFilter.Lt("RowKey", CaseIndexKeys.OpenedBound(from.AddTicks(-1))));
        }

        if (query.OpenedTo is { } to)
        {
            filter = And(filter, TableFilter.Ge("RowKey", CaseIndexKeys.OpenedBound(to.AddTicks(-1))));
        }

        return filter;
    }

    private static TableFilter And(TableFilter? left, TableFilter right) => left is null ? right : left.And(right);
}
