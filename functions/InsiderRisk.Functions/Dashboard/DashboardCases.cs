using System.Runtime.CompilerServices;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Dashboard;
using InsiderRisk.Functions.Cases.Index;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Dashboard;

/// <summary>
/// The cases the dashboard counts, read from the case queue index rather than kept in a separate tally:
/// every row of the Active partition, and the rows of the Closed partition opened in the last 30 days
/// (a key range, as keys sort newest first). The cost is one row per active case and per recently
/// closed case, a few properties each; the index is already kept exactly in step and idempotent, so
/// the numbers can never drift from the case queue.
/// </summary>
public sealed class DashboardCases(ITableStore tables)
{
    public async IAsyncEnumerable<CaseSummary> SummariesAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var active = new TableQuery
        {
            PartitionKey = CaseIndexKeys.StatusPartition(CaseStatus.Active),
            Select = [CaseIndexRows.OpenedAt],
        };
        await foreach (var row in tables.QueryAsync(CaseIndexKeys.Table, active, cancellationToken))
        {
            yield return CaseSummary.Active(row.GetDateTime(CaseIndexRows.OpenedAt) ?? now);
        }

        var since = DashboardRules.RecentSince(now);
        var recentlyClosed = new TableQuery
        {
            PartitionKey = CaseIndexKeys.StatusPartition(CaseStatus.Closed),
            Filter = TableFilter.Lt("RowKey", CaseIndexKeys.OpenedBound(since.AddTicks(-1))),
            Select = [CaseIndexRows.OpenedAt, CaseIndexRows.ClosedAt],
        };
        await foreach (var row in tables.QueryAsync(CaseIndexKeys.Table, recentlyClosed, cancellationToken))
        {
            var openedAt = row.GetDateTime(CaseIndexRows.OpenedAt) ?? now;
            yield return CaseSummary.Closed(openedAt, row.GetDateTime(CaseIndexRows.ClosedAt) ?? openedAt);
        }
    }
}
