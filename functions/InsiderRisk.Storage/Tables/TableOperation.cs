namespace InsiderRisk.Storage.Tables;

public enum TableOperationKind
{
    /// <summary>Fails with <see cref="StorageErrorKind.Conflict"/> if the entity exists.</summary>
    Insert,

    /// <summary>Replaces all properties; needs <see cref="TableOperation.IfMatch"/> (an ETag or "*").</summary>
    Replace,

    /// <summary>Merges the given properties into the stored ones; needs IfMatch (an ETag or "*").</summary>
    Merge,

    /// <summary>Insert, or replace whatever is stored, unconditionally.</summary>
    UpsertReplace,

    /// <summary>Insert, or merge into whatever is stored, unconditionally.</summary>
    UpsertMerge,

    /// <summary>Deletes; needs IfMatch (an ETag or "*"). Missing entity → NotFound.</summary>
    Delete,
}

/// <summary>One write. For Delete only the entity's keys are used.</summary>
public sealed record TableOperation(TableOperationKind Kind, TableEntity Entity, string? IfMatch = null)
{
    public const string AnyETag = "*";

    public static TableOperation Insert(TableEntity entity) => new(TableOperationKind.Insert, entity);

    public static TableOperation Replace(TableEntity entity, string ifMatch = AnyETag) => new(TableOperationKind.Replace, entity, ifMatch);

    public static TableOperation Merge(TableEntity entity, string ifMatch = AnyETag) => new(TableOperationKind.Merge, entity, ifMatch);

    public static TableOperation UpsertReplace(TableEntity entity) => new(TableOperationKind.UpsertReplace, entity);

    public static TableOperation UpsertMerge(TableEntity entity) => new(TableOperationKind.UpsertMerge, entity);

    public static TableOperation Delete(string partitionKey, string rowKey, string ifMatch = AnyETag) =>
        new(TableOperationKind.Delete, new TableEntity(partitionKey, rowKey), ifMatch);
}
