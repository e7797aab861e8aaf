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
