namespace InsiderRisk.Functions.Risk;

/// <summary>A run's progress as <c>GET /api/admin/risk/runs/{runId}</c> shows it.</summary>
public sealed record RiskRunView(
    string RunId,
    RiskRunState State,
    RiskRunTrigger Trigger,
    long UsersScored,
    long UsersTotal,
    long UsersRescored,
    bool Full,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt)
{
    public static RiskRunView Of(RiskRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.RunId, run.State, run.Trigger, run.UsersScored, run.UsersTotal, run.UsersRescored, run.Full, run.CreatedAt, run.StartedAt, run.CompletedAt);
    }
}
