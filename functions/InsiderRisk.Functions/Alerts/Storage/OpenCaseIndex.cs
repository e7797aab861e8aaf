using InsiderRisk.Domain;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>
/// Which Active cases each user has, for auto-attach: partition <c>open-cases</c> of table
/// <c>AlertQueue</c>, RowKey = <c>{pseudonym}|{caseId}</c>. Kept by the case projection from case state
/// (Active → row, Closed → no row), so replaying events rebuilds it.
/// </summary>
public sealed class OpenCaseIndex(ITableStore tables)
{
    private const string Partition = "open-cases";

    public Task SetAsync(UserPseudonym user, CaseId caseId, DateTimeOffset openedAt, CancellationToken cancellationToken = default) =>
        tables.UpsertAsync(AlertQueueIndex.Table, new TableEntity(Partition, RowKey(user, caseId))
        {
            ["CaseId"] = caseId.Value,
            ["OpenedAt"] = openedAt,
        }, cancellationToken);

    public Task RemoveAsync(UserPseudonym user, CaseId caseId, CancellationToken cancellationToken = default) =>
        TableBatches.DeleteAsync(tables, AlertQueueIndex.Table, Partition, [RowKey(user, caseId)], cancellationToken);

    /// <summary>The user's most recently opened Active case, or null.</summary>
    public async Task<CaseId?> FindAsync(UserPseudonym user, CancellationToken cancellationToken = default)
    {
        var query = new TableQuery { PartitionKey = Partition, Filter = TableFilter.RowKeyStartsWith(user.Value + "|") };
        CaseId? newest = null;
        var newestAt = DateTimeOffset.MinValue;
        await foreach (var row in tables.QueryAsync(AlertQueueIndex.Table, query, cancellationToken))
        {
            var openedAt = row.GetDateTime("OpenedAt") ?? DateTimeOffset.MinValue;
            if (row.GetString("CaseId") is { Length: > 0 } caseId && (newest is null || openedAt > newestAt))
            {
                newest = new CaseId(caseId);
                newestAt = openedAt;
            }
        }

        return newest;
    }

    private static string RowKey(UserPseudonym user, CaseId caseId) => user.Value + "|" + caseId.Value;
}
