namespace InsiderRisk.Functions.Risk;

/// <summary>
/// One slice's state while it walks: the run as it stands, the budget left, the scoring settings, and
/// how many users it scores at once (<see cref="Parallelism"/>).
/// </summary>
public sealed class RiskRunWalk(RiskRun run, RiskRunBudget budget, DateTimeOffset started, RiskScoringContext context, int parallelism = 1)
{
    // Rows per batch per concurrent user: enough to keep every worker busy past the slowest user of a
    // batch, few enough that the time budget is still looked at every few seconds.
    private const int RowsPerWorker = 4;

    private readonly DateTimeOffset _started = started;
    private readonly List<Func<CancellationToken, Task>> _afterCheckpoint = [];
    private int _stepsAtCheckpoint;
    private DateTimeOffset _checkpointedAt = started;
    private (RiskRunPass Pass, int Segment) _saved = (run.Pass, run.Segment);

    public RiskRun Run { get; set; } = run;

    public RiskRunBudget Budget { get; } = budget;

    public RiskScoringContext Context { get; } = context;

    public int Parallelism { get; } = Math.Max(1, parallelism);

    public int Steps { get; set; }

    /// <summary>
    /// How many rows the next batch may take: the count pass takes what it has (nothing to wait on);
    /// the score pass a few per worker; never past <see cref="RiskRunBudget.MaxSteps"/>.
    /// </summary>
    public int BatchSize(int available)
    {
        var size = Run.Pass == RiskRunPass.Count ? available : Math.Min(available, Parallelism * RowsPerWorker);
        return Budget.MaxSteps is { } max ? Math.Min(size, max - Steps) : size;
    }

    public bool Spent(DateTimeOffset now) =>
        (Budget.MaxSteps is { } max && Steps >= max) || (Budget.Time is { } time && now - _started >= time);

    /// <summary>
    /// After a segment: save if rows were handled since the last save, or to renew the lease now and
    /// then. Most shards hold nothing on an ordinary day; redoing empty ones after a crash costs little
    /// (see <see cref="CheckpointBehind"/> for why they may no longer be empty by then).
    /// </summary>
    public bool CheckpointDue(DateTimeOffset now) => Steps != _stepsAtCheckpoint || now - _checkpointedAt >= TimeSpan.FromSeconds(30);

    /// <summary>
    /// Before scoring a segment's first row: save if the checkpoint still points at an earlier segment.
    /// Empty segments skipped unsaved are only free to redo while nothing is written: scoring adds
    /// <c>UserRisk</c> rows, and a resume that walked those shards again would count those users twice.
    /// </summary>
    public bool CheckpointBehind => Run.Pass == RiskRunPass.Score && (Run.Pass, Run.Segment) != _saved;

    /// <summary>
    /// Defers removing a walked row until a saved checkpoint counts it: removed before, a crash would
    /// lose its count, as the resumed walk no longer finds it. Removed after, a crash only leaves the
    /// row for the next run.
    /// </summary>
    public void AfterCheckpoint(Func<CancellationToken, Task> removal) => _afterCheckpoint.Add(removal);

    /// <summary>
    /// Called once the checkpoint is saved: resets the step count and removes the rows it counts, several
    /// at once (each removal is one user's own row, under its own ETag).
    /// </summary>
    public async Task CheckpointedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        _stepsAtCheckpoint = Steps;
        _checkpointedAt = now;
        _saved = (Run.Pass, Run.Segment);
        Func<CancellationToken, Task>[] removals = [.. _afterCheckpoint];
        _afterCheckpoint.Clear();
        await Parallel.ForEachAsync(
            removals,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (removal, token) => await removal(token));
    }
}
