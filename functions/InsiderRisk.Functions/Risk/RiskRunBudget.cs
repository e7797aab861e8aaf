namespace InsiderRisk.Functions.Risk;

/// <summary>
/// How much one slice of a run may do before it checkpoints and stops: wall time and/or candidate rows
/// visited (either pass). The default stays well inside the Consumption plan's 5-minute limit.
/// </summary>
public sealed record RiskRunBudget(TimeSpan? Time, int? MaxSteps = null)
{
    public static RiskRunBudget Default { get; } = new(TimeSpan.FromMinutes(4));

    public static RiskRunBudget Unlimited { get; } = new(Time: null);

    /// <summary>How long a slice holds the run against other workers; renewed at every checkpoint.</summary>
    public TimeSpan Lease => (Time ?? TimeSpan.FromMinutes(9)) + TimeSpan.FromMinutes(1);
}
