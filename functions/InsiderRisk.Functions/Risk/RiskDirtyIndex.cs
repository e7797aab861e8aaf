using InsiderRisk.Domain;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Risk;

/// <summary>The per-user "inputs changed" markers of table <c>RiskDirty</c> that incremental runs walk.</summary>
public sealed class RiskDirtyIndex(ITableStore tables, TimeProvider clock)
{
    public async Task MarkAsync(UserPseudonym user, CancellationToken cancellationToken = default)
    {
        var row = new TableEntity(RiskShards.For(user), user.Value) { ["MarkedAt"] = clock.GetUtcNow() };
        await tables.UpsertAsync(RiskTables.Dirty, row, cancellationToken);
    }

    public async Task<DirtyMarker?> GetAsync(UserPseudonym user, CancellationToken cancellationToken = default)
    {
        var row = await tables.GetAsync(RiskTables.Dirty, RiskShards.For(user), user.Value, cancellationToken: cancellationToken);
        return row is null ? null : FromRow(row);
    }

    public static DirtyMarker FromRow(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new DirtyMarker(new UserPseudonym(row.RowKey), row.GetDateTime("MarkedAt") ?? DateTimeOffset.MinValue, row.ETag ?? TableOperation.AnyETag);
    }

    /// <summary>
    /// <see cref="ClearAsync"/> for many markers, one batch per shard of up to 100 (a run's page of
    /// markers is one shard: one write instead of a hundred). A batch is all or nothing, so when one
    /// marker in it was written again or is gone, its markers are cleared one by one instead.
    /// </summary>
    public async Task ClearAllAsync(IReadOnlyCollection<DirtyMarker> markers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(markers);
        foreach (var batch in markers.GroupBy(marker => RiskShards.For(marker.User)).SelectMany(shard => shard.Chunk(TableStoreExtensions.MaxBatchOperations)))
        {
            try
            {
                var deletes = batch.Select(marker => TableOperation.Delete(RiskShards.For(marker.User), marker.User.Value, marker.ETag)).ToList();
                await tables.SubmitBatchAsync(RiskTables.Dirty, deletes, cancellationToken);
            }
            catch (StorageException e) when (e.Kind is StorageErrorKind.NotFound or StorageErrorKind.PreconditionFailed or StorageErrorKind.InvalidInput)
            {
                foreach (var marker in batch)
                {
                    await ClearAsync(marker, cancellationToken);
                }
            }
        }
    }

    /// <summary>Removes the marker unless it was written again since it was read.</summary>
    public async Task ClearAsync(DirtyMarker marker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(marker);
        try
        {
            await tables.ExecuteAsync(
                RiskTables.Dirty,
                TableOperation.Delete(RiskShards.For(marker.User), marker.User.Value, marker.ETag),
                cancellationToken);
        }
        catch (StorageException e) when (e.Kind is StorageErrorKind.NotFound or StorageErrorKind.PreconditionFailed)
        {
            // Gone already, or marked again after we read the inputs: then the next run rescores it.
        }
    }
}
