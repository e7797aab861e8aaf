namespace InsiderRisk.Functions.AuditApi;

/// <summary>
/// <c>GET /api/audit</c>'s query, as text so that a malformed value answers a 400 naming its field:
/// <c>from</c>/<c>to</c> ISO-8601 (default: the last 7 days up to now), <c>actor</c>, <c>action</c>,
/// <c>pageSize</c>, <c>continuationToken</c>.
/// </summary>
public sealed record AuditQueryParameters(
    string? From,
    string? To,
    string? Actor,
    string? Action,
    string? PageSize,
    string? ContinuationToken);
