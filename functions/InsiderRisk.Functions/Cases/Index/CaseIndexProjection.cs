using InsiderRisk.Domain.Cases;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Cases.Index;

/// <summary>
/// Keeps the case queue index in step. Idempotent and order-proof: a row is only replaced by a newer
/// version (ETag-guarded), and since a case only ever moves Active → Closed, a late Active projection
/// writes first and then checks for the Closed row (deleting what it wrote), while a Closed projection
/// writes the Closed row first and then deletes the Active one — whichever order they interleave in,
/// no stale Active row survives.
/// </summary>
public sealed class CaseIndexProjection(ITableStore tables) : ICaseProjection
{
    public async Task ProjectAsync(CaseState state, IReadOnlyList<CaseEvent> newEvents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(newEvents);
        if (!state.Exists)
        {
            return;
        }

        var row = CaseIndexRows.Of(state);
        await WriteIfNewerAsync(row, state.Version, cancellationToken);
        var activeKey = CaseIndexKeys.StatusPartition(CaseStatus.Active);
        if (state.Status == CaseStatus.Closed)
        {
            await DeleteIfPresentAsync(activeKey, row.RowKey, cancellationToken);
        }
        else if (await tables.GetAsync(CaseIndexKeys.Table, CaseIndexKeys.StatusPartition(CaseStatus.Closed), row.RowKey, [CaseIndexRows.Version], cancellationToken) is not null)
        {
            await DeleteIfPresentAsync(activeKey, row.RowKey, cancellationToken);
        }

        if (newEvents.Any(e => e is CaseEvent.CaseOpened or CaseEvent.ContributorAdded))
        {
            foreach (var contributor in state.Contributors)
            {
                var pointer = CaseIndexRows.Pointer(CaseIndexKeys.ContributorPartition(contributor), state);
                await tables.ExecuteAsync(CaseIndexKeys.Table, TableOperation.UpsertReplace(pointer), cancellationToken);
            }
        }
    }

    private async Task WriteIfNewerAsync(TableEntity row, long version, CancellationToken cancellationToken)
    {
        while (true)
        {
            var stored = await tables.GetAsync(CaseIndexKeys.Table, row.PartitionKey, row.RowKey, [CaseIndexRows.Version], cancellationToken);
            if (stored?.GetInt64(CaseIndexRows.Version) >= version)
            {
                return;
            }

            var write = stored is null ? TableOperation.Insert(row) : TableOperation.Replace(row, stored.ETag ?? TableOperation.AnyETag);
            try
            {
                await tables.ExecuteAsync(CaseIndexKeys.Table, write, cancellationToken);
                return;
            }
            catch (StorageException exception) when (exception.Kind is StorageErrorKind.Conflict or StorageErrorKind.PreconditionFailed)
            {
                // Another projection of this case wrote in between: look again at what it left.
            }
        }
    }

    private async Task DeleteIfPresentAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await tables.ExecuteAsync(CaseIndexKeys.Table, TableOperation.Delete(partitionKey, rowKey), cancellationToken);
        }
        catch (StorageException exception) when (exception.Kind == StorageErrorKind.NotFound)
        {
            // Already gone: what we wanted.
        }
    }
}
