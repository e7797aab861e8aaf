namespace InsiderRisk.Functions.Risk;

/// <summary>One slice's state while it walks: the run as it stands, the budget left, the scoring settings.</summary>
public sealed class RiskRunWalk(RiskRun run, RiskRunBudget budget, DateTimeOffset started, RiskScoringContext context)
{
    public RiskRun Run { get; set; } = run;

    public RiskRunBudget Budget { get; } = budget;

    public RiskScoringContext Context { get; } = context;

    public int Steps { get; set; }

    public bool Spent(DateTimeOffset now) =>
        (Budget.MaxSteps is { } max && Steps >= max) || (Budget.Time is { } time && now - started >= time);
}
