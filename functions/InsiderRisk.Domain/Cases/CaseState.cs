using System.Collections.Immutable;

namespace InsiderRisk.Domain.Cases;

/// <summary>
/// One case as its history folds into it (<see cref="CaseDecider.Evolve"/>). A plain record of immutable
/// collections so it serializes as a snapshot. <see cref="Version"/> = number of events applied.
/// </summary>
public sealed record CaseState
{
    public static CaseState Initial { get; } = new();

    public long Version { get; init; }

    /// <summary>False until the case is opened; every command but OpenCase needs it.</summary>
    public bool Exists { get; init; }

    public CaseId CaseId { get; init; }

    public string Name { get; init; } = "";

    public UserPseudonym User { get; init; }

    public CaseStatus Status { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    public string OpenedBy { get; init; } = "";

    public DateTimeOffset LastUpdatedAt { get; init; }

    public string LastUpdatedBy { get; init; } = "";

    public ImmutableArray<CaseAlert> Alerts { get; init; } = [];

    /// <summary>Oldest first, as added; see <see cref="CaseQueries.NotesNewestFirst"/>.</summary>
    public ImmutableArray<CaseNote> Notes { get; init; } = [];

    /// <summary>Explicitly added contributors, the opener first (Analysts and Investigators are implicit).</summary>
    public ImmutableArray<string> Contributors { get; init; } = [];

    /// <summary>Keyed by effect id; ids sort in the order the effects were requested.</summary>
    public ImmutableSortedDictionary<string, CaseEffect> Effects { get; init; } =
        ImmutableSortedDictionary<string, CaseEffect>.Empty;

    public ImmutableSortedSet<string> ProcessedRequestIds { get; init; } = [];

    public CaseEscalation? Escalation { get; init; }

    public CaseTeam? Team { get; init; }

    public CaseResolution? Resolution { get; init; }

    /// <summary>When the next review is due; null on a Closed case.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>The timer that is due at <see cref="DueAt"/>; any older timer is stale.</summary>
    public EffectId? ReviewTimerId { get; init; }

    public bool Overdue { get; init; }
}
