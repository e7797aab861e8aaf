namespace InsiderRisk.Domain.Dashboard;

/// <summary>
/// What the dashboard needs of one case. A case is Active until resolved and never reopens, so
/// "has a close time" is its status; this keeps the dashboard independent of the case model.
/// </summary>
public sealed record CaseSummary(DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt)
{
    public bool IsActive => ClosedAt is null;

    public static CaseSummary Active(DateTimeOffset openedAt) => new(openedAt, null);

    public static CaseSummary Closed(DateTimeOffset openedAt, DateTimeOffset closedAt) => new(openedAt, closedAt);
}
