namespace InsiderRisk.Functions.Platform.Audit;

/// <summary>The append-only audit log (table <c>Audit</c>, PartitionKey = UTC day).</summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Entries in time order within [from, to), optionally by actor and action, paged.</summary>
    Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);
}

public sealed record AuditQuery(
    DateTimeOffset From,
    DateTimeOffset To,
    string? Actor = null,
    string? Action = null,
    int PageSize = 50,
    string? ContinuationToken = null);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, string? ContinuationToken);
