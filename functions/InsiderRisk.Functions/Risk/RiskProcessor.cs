using InsiderRisk.Domain;
using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Functions.Risk;

internal sealed class RiskProcessor(
    RiskDirtyIndex dirty,
    UserRiskScorer scorer,
    RiskScoringContextSource contexts,
    RiskRunScheduler scheduler) : IRiskProcessor
{
    public async Task<RescoreReason> ProcessUserAsync(UserPseudonym user, CancellationToken cancellationToken = default)
    {
        // The marker first: anything that marks the user after this read keeps the marker for the next pass.
        var marker = await dirty.GetAsync(user, cancellationToken);
        var context = await contexts.GetAsync(cancellationToken);
        return await scorer.ScoreAsync(user, context, marker, cancellationToken);
    }

    public Task<RiskRunSlice> RunAsync(string runId, RiskRunBudget? budget = null, CancellationToken cancellationToken = default) =>
        scheduler.ContinueAsync(runId, budget ?? RiskRunBudget.Default, cancellationToken);
}
