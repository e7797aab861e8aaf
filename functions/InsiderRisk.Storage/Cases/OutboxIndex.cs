using System.Globalization;
using System.Runtime.CompilerServices;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Cases;

/// <summary>
/// The cross-case index of outbox entries, so the sweeper need not scan every case: one marker per
/// entry, PartitionKey = the hour it is due (<c>yyyyMMddHH</c>), RowKey = <c>{caseId}|{effectId}</c>.
/// A marker is an intent written before the case append; the case's outbox row is the truth. A marker
/// whose row is done, or whose append provably failed, is deleted when the lister meets it.
/// </summary>
internal sealed class OutboxIndex
{
    /// <summary>No append takes this long, so a marker this old without its row belongs to an append that failed.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    private readonly ITableStore tables;
    private readonly CaseStoreTables names;
    private readonly TimeProvider time;

    public OutboxIndex(ITableStore tables, CaseStoreTables names, TimeProvider time)
    {
        this.tables = tables;
        this.names = names;
        this.time = time;
    }

    public static string Bucket(DateTimeOffset due) => due.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    /// <summary>Writes (or rewrites, with a new ETag) the markers of an append about to happen on top of <paramref name="baseVersion"/>.</summary>
    public async Task WriteMarkersAsync(IEnumerable<(OutboxEntry Entry, DateTimeOffset Due)> entries, long baseVersion, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var bucket in entries.GroupBy(e => Bucket(e.Due)))
        {
            var operations = bucket.Select(e => TableOperation.UpsertReplace(new TableEntity(bucket.Key, MarkerKey(e.Entry.CaseId, e.Entry.EffectId))
            {
                ["CaseId"] = e.Entry.CaseId,
                ["EffectId"] = e.Entry.EffectId,
                ["DueAt"] = e.Due,
                ["BaseVersion"] = baseVersion,
                ["CreatedAt"] = now,
            })).ToList();
            await tables.SubmitBatchAsync(names.OutboxIndex, operations, cancellationToken);
        }
    }

    public async Task DeleteMarkerAsync(string bucket, string caseId, string effectId, CancellationToken cancellationToken) =>
        await DeleteQuietlyAsync(TableOperation.Delete(bucket, MarkerKey(caseId, effectId)), cancellationToken);

    /// <summary>Pending entries due by <paramref name="dueBy"/>, each once; cleans up stale markers on the way.</summary>
    public async IAsyncEnumerable<OutboxEntry> ListPendingAsync(DateTimeOffset dueBy, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new TableQuery { Filter = TableFilter.Le("PartitionKey", Bucket(dueBy)).And(TableFilter.Le("DueAt", dueBy)) };
        var listed = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var marker in tables.QueryAsync(names.OutboxIndex, query, cancellationToken))
        {
            var caseId = marker.GetString("CaseId")!;
            var effectId = marker.GetString("EffectId")!;
            var row = await ReadRowAsync(caseId, effectId, cancellationToken);
            var stale = row is not null && !CaseRows.IsPending(row);
            if (row is null)
            {
                // Head first, then the row again: if the head had already moved past the marker's
                // version and the row is still missing, its append cannot commit any more.
                var version = await HeadVersionAsync(caseId, cancellationToken);
                row = await ReadRowAsync(caseId, effectId, cancellationToken);
                stale = row is null
                    ? version > (marker.GetInt64("BaseVersion") ?? 0) || marker.GetDateTime("CreatedAt") + AbandonedAfter < time.GetUtcNow()
                    : !CaseRows.IsPending(row);
            }

            if (stale)
            {
                // ETag-guarded: a retried append that rewrote this marker meanwhile keeps it.
                await DeleteQuietlyAsync(TableOperation.Delete(marker.PartitionKey, marker.RowKey, marker.ETag!), cancellationToken);
            }
            else if (row is not null && !(row.GetDateTime("DueAt") > dueBy) && listed.Add(marker.RowKey))
            {
                yield return CaseRows.EntryOf(row);
            }
        }
    }

    private static string MarkerKey(string caseId, string effectId) => caseId + "|" + effectId;

    private Task<TableEntity?> ReadRowAsync(string caseId, string effectId, CancellationToken cancellationToken) =>
        tables.GetAsync(names.Cases, caseId, CaseRows.Outbox(effectId), cancellationToken: cancellationToken);

    private async Task<long> HeadVersionAsync(string caseId, CancellationToken cancellationToken) =>
        (await tables.GetAsync(names.Cases, caseId, CaseRows.Head, ["Version"], cancellationToken))?.GetInt64("Version") ?? 0;

    private async Task DeleteQuietlyAsync(TableOperation delete, CancellationToken cancellationToken)
    {
        try
        {
            await tables.ExecuteAsync(names.OutboxIndex, delete, cancellationToken);
        }
        catch (StorageException e) when (e.Kind is StorageErrorKind.NotFound or StorageErrorKind.PreconditionFailed)
        {
            // Already gone, or rewritten by a newer append: either way not ours to delete.
        }
    }
}
