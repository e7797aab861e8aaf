namespace InsiderRisk.Functions.Risk;

/// <summary>
/// One recompute run (table <c>RiskRuns</c>, PartitionKey <c>runs</c>) and its checkpoint: the pass, the
/// segment, and the last row handled in it, so a slice cut off anywhere resumes right after.
/// <see cref="UsersTotal"/> is what the count pass found (candidates may still be added, or handled
/// by an earlier segment, while the run scores), and equals <see cref="UsersScored"/> once Completed;
/// <see cref="UsersScored"/> counts candidates handled (a user both changed and aged out counts once
/// per reason); <see cref="UsersRescored"/> those whose assessment was actually recomputed.
/// </summary>
public sealed record RiskRun
{
    public required string RunId { get; init; }

    public RiskRunState State { get; init; }

    public RiskRunTrigger Trigger { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Scoring settings changed since the last full walk: every scored user is a candidate.</summary>
    public bool Full { get; init; }

    public long SettingsStamp { get; init; }

    public RiskRunPass Pass { get; init; }

    public int Segment { get; init; }

    public string? AfterPartitionKey { get; init; }

    public string? AfterRowKey { get; init; }

    public long UsersTotal { get; init; }

    public long UsersScored { get; init; }

    public long UsersRescored { get; init; }

    public DateTimeOffset? LeaseUntil { get; init; }

    public int Slices { get; init; }

    public string? ETag { get; init; }
}
