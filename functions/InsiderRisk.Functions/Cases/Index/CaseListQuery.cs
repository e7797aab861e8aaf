using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Cases.Index;

/// <summary>
/// A validated case queue filter. Time ranges are [from, to): from inclusive, to exclusive.
/// <see cref="Text"/> is already lower-cased for the case-insensitive substring match.
/// </summary>
public sealed record CaseListQuery
{
    public IReadOnlyList<CaseStatus> Statuses { get; init; } = [CaseStatus.Active, CaseStatus.Closed];

    public DateTimeOffset? OpenedFrom { get; init; }

    public DateTimeOffset? OpenedTo { get; init; }

    public DateTimeOffset? UpdatedFrom { get; init; }

    public DateTimeOffset? UpdatedTo { get; init; }

    public string? Text { get; init; }

    public int PageSize { get; init; } = 50;

    public CaseIndexToken? Token { get; init; }

    public bool Matches(CaseIndexEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Statuses.Contains(entry.Status)
            && (OpenedFrom is not { } openedFrom || entry.OpenedAt >= openedFrom)
            && (OpenedTo is not { } openedTo || entry.OpenedAt < openedTo)
            && (UpdatedFrom is not { } updatedFrom || entry.LastUpdatedAt >= updatedFrom)
            && (UpdatedTo is not { } updatedTo || entry.LastUpdatedAt < updatedTo)
            && (Text is null || CaseIndexRows.Lower(entry.Name).Contains(Text, StringComparison.Ordinal));
    }
}
