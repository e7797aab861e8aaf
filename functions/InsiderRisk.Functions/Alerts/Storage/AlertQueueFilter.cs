using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>What <c>GET /api/alerts</c> filters on, validated: detected in [<see cref="From"/>, <see cref="To"/>), <see cref="Q"/> over title and policy.</summary>
public sealed record AlertQueueFilter(
    AlertStatus? Status = null,
    Severity? Severity = null,
    string? Policy = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Q = null,
    string? After = null)
{
    public bool Matches(string title, string policy) =>
        Q is null
        || title.Contains(Q, StringComparison.OrdinalIgnoreCase)
        || policy.Contains(Q, StringComparison.OrdinalIgnoreCase);
}
