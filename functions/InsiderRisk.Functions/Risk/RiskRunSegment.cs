using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// One stretch of candidates a run walks: a shard of <c>UserRisk</c> (full walks only), a shard of
/// <c>RiskDirty</c>, or the <c>RiskExpiry</c> days up to the run's day. Each is read in key order, resuming
/// strictly after the checkpointed key, a page at a time: never all rows in memory.
/// </summary>
public sealed record RiskRunSegment(RiskRunSegmentKind Kind, string Table, string? Partition, string? UpToPartition)
{
    public const int PageSize = 100;

    public static IReadOnlyList<RiskRunSegment> For(RiskRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var segments = new List<RiskRunSegment>();
        // Scored users before dirty ones: the dirty pass adds UserRisk rows, and a walk of UserRisk after
        // it would meet every newly scored user a second time.
        if (run.Full)
        {
            segments.AddRange(RiskShards.All.Select(shard => new RiskRunSegment(RiskRunSegmentKind.Scored, RiskTables.UserRisk, shard, null)));
        }

        segments.AddRange(RiskShards.All.Select(shard => new RiskRunSegment(RiskRunSegmentKind.Dirty, RiskTables.Dirty, shard, null)));
        segments.Add(new RiskRunSegment(RiskRunSegmentKind.Expired, RiskTables.Expiry, null, RiskExpiryDays.Of(run.CreatedAt)));
        return segments;
    }

    public TableQuery Query(string? afterPartitionKey, string? afterRowKey, bool keysOnly)
    {
        TableFilter? filter = UpToPartition is null ? null : TableFilter.Le("PartitionKey", UpToPartition);
        if (afterRowKey is not null)
        {
            var after = Partition is not null || afterPartitionKey is null
                ? TableFilter.Gt("RowKey", afterRowKey)
                : TableFilter.Eq("PartitionKey", afterPartitionKey).And(TableFilter.Gt("RowKey", afterRowKey))
                    .Or(TableFilter.Gt("PartitionKey", afterPartitionKey));
            filter = filter is null ? after : filter.And(after);
        }

        return new TableQuery
        {
            PartitionKey = Partition,
            Filter = filter,
            PageSize = PageSize,
            Select = keysOnly ? [] : null,
        };
    }
}
