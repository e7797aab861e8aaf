namespace InsiderRisk.Functions.Risk;

/// <summary>One slice's state while it walks: the run as it stands, the budget left, the scoring settings.</summary>
public sealed class RiskRunWalk(RiskRun run, RiskRunBudget budget, DateTimeOffset started, RiskScoringContext context)
{
    private readonly DateTimeOffset _started = started;
    private int _stepsAtCheckpoint;
    private DateTimeOffset _checkpointedAt = started;

    public RiskRun Run { get; set; } = run;

    public RiskRunBudget Budget { get; } = budget;

    public RiskScoringContext Context { get; } = context;

    public int Steps { get; set; }

    public bool Spent(DateTimeOffset now) =>
        (Budget.MaxSteps is { } max && Steps >= max) || (Budget.Time is { } time && now - _started >= time);

    /// <summary>
    /// After a segment: save if rows were handled since the last save, or to renew the lease now and
    /// then. Most shards hold nothing on an ordinary day; redoing empty ones after a crash costs nothing.
    /// </summary>
    public bool CheckpointDue(DateTimeOffset now) => Steps != _stepsAtCheckpoint || now - _checkpointedAt >= TimeSpan.FromSeconds(30);

    public void Checkpointed(DateTimeOffset now)
    {
        _stepsAtCheckpoint = Steps;
        _checkpointedAt = now;
    }
}
