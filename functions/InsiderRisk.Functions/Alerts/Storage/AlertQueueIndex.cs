using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Dashboard;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>
/// The triage index (table <c>AlertQueue</c>): each alert in the <c>all</c> partition and in its
/// status's partition. <see cref="SyncAsync"/> is the one write: it puts each entry under its status,
/// then takes it out of the statuses it may have passed through, then updates <c>all</c>. Every step is
/// idempotent, so a repeat (re-delivery, replayed case events) repairs what a crash left half done.
/// </summary>
public sealed class AlertQueueIndex(ITableStore tables)
{
    public const string Table = "AlertQueue";

    private static readonly AlertStatus[] Statuses = Enum.GetValues<AlertStatus>();

    /// <summary>The statuses an alert may have passed through before this one (the partitions it may have left).</summary>
    public static IReadOnlySet<AlertStatus> Predecessors(AlertStatus status) =>
        Statuses.Where(from => from != status && Reaches(from, status)).ToHashSet();

    public async Task SyncAsync(IReadOnlyList<AlertQueueEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var group in entries.GroupBy(entry => entry.Status))
        {
            await AddAsync(group.Key, [.. group], cancellationToken);
        }

        foreach (var status in Statuses)
        {
            var leaving = entries.Where(entry => Predecessors(entry.Status).Contains(status)).ToList();
            if (leaving.Count > 0)
            {
                await RemoveAsync(status, leaving, cancellationToken);
            }
        }

        await TableBatches.UpsertAsync(tables, Table, entries.Select(entry => AlertQueueRows.ToRow(AlertQueueKeys.AllPartition, entry)), cancellationToken);
    }

    /// <summary>One page, newest first: the status's partition (or <c>all</c>), the time window as a RowKey range.</summary>
    public async Task<KeyedPage<AlertQueueEntry>> PageAsync(AlertQueueFilter filter, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var range = TableFilter.Lt("RowKey", filter.From is { } from ? AlertQueueKeys.TimeBound(from) : AlertQueueKeys.AfterAlertRows);
        if (filter.After is { } after)
        {
            range = range.And(TableFilter.Gt("RowKey", after));
        }

        if (filter.To is { } to)
        {
            range = range.And(TableFilter.Ge("RowKey", AlertQueueKeys.TimeBound(to)));
        }

        if (filter.Severity is { } severity)
        {
            range = range.And(TableFilter.Eq("Severity", severity.ToString()));
        }

        if (filter.Policy is { } policy)
        {
            range = range.And(TableFilter.Eq("PolicyKey", AlertQueueRows.PolicyKey(policy)));
        }

        var partition = filter.Status is { } status ? AlertQueueKeys.Partition(status) : AlertQueueKeys.AllPartition;
        var page = await KeyedPager.ReadAsync(
            tables, Table, partition, range,
            row => filter.Matches(row.GetString("Title") ?? string.Empty, row.GetString("Policy") ?? string.Empty),
            pageSize, cancellationToken);
        return page.Select(AlertQueueRows.FromRow);
    }

    public Task<SeverityCounts> NeedsReviewCountsAsync(CancellationToken cancellationToken = default) =>
        Backlog().ReadAsync(cancellationToken);

    /// <summary>The entry as the <c>all</c> partition holds it, or null.</summary>
    public async Task<AlertQueueEntry?> GetAsync(DateTimeOffset detectedAt, AlertId alertId, CancellationToken cancellationToken = default)
    {
        var row = await tables.GetAsync(Table, AlertQueueKeys.AllPartition, AlertQueueKeys.RowKey(detectedAt, alertId), cancellationToken: cancellationToken);
        return row is null ? null : AlertQueueRows.FromRow(row);
    }

    private static bool Reaches(AlertStatus from, AlertStatus to) =>
        AlertStatusTransitions.NextFrom(from).Any(next => next == to || Reaches(next, to));

    private CountedPartition Backlog() => new(tables, Table, AlertQueueKeys.Partition(AlertStatus.NeedsReview));

    private Task AddAsync(AlertStatus status, List<AlertQueueEntry> entries, CancellationToken cancellationToken)
    {
        var partition = AlertQueueKeys.Partition(status);
        return status == AlertStatus.NeedsReview
            ? Backlog().AddAsync(entries.Select(entry => (AlertQueueRows.ToRow(partition, entry), entry.Severity)), cancellationToken)
            : TableBatches.UpsertAsync(tables, Table, entries.Select(entry => AlertQueueRows.ToRow(partition, entry)), cancellationToken);
    }

    private Task RemoveAsync(AlertStatus status, List<AlertQueueEntry> entries, CancellationToken cancellationToken)
    {
        var partition = AlertQueueKeys.Partition(status);
        return status == AlertStatus.NeedsReview
            ? Backlog().RemoveAsync(entries.Select(entry => (AlertQueueRows.ToRow(partition, entry), entry.Severity)), cancellationToken)
            : TableBatches.DeleteAsync(tables, Table, partition, entries.Select(entry => entry.RowKey), cancellationToken);
    }
}
