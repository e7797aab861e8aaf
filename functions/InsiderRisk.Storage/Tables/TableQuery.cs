namespace InsiderRisk.Storage.Tables;

/// <summary>
/// A query over one table. Results come in (PartitionKey, RowKey) ordinal order, at most
/// <see cref="PageSize"/> a page (≤ 1,000). A page may be short, or empty, and still carry a
/// continuation token: keep going while the token is not null.
/// </summary>
public sealed record TableQuery
{
    public const int MaxPageSize = 1000;

    /// <summary>Restricts to one partition (the cheap, common case).</summary>
    public string? PartitionKey { get; init; }

    public TableFilter? Filter { get; init; }

    /// <summary>Properties to return (keys, ETag and Timestamp always come back). Null = all.</summary>
    public IReadOnlyList<string>? Select { get; init; }

    public int PageSize { get; init; } = MaxPageSize;

    /// <summary>Opaque token from a previous page of the same query.</summary>
    public string? ContinuationToken { get; init; }
}

public sealed record TablePage(IReadOnlyList<TableEntity> Items, string? ContinuationToken);
