using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Functions.Cases;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// Case resolutions as risk inputs: each resolved alert's outcome into <c>CaseOutcomes</c> (Benign alerts
/// stop counting), then the resolution as feedback on the case's user (ConfirmedPolicyViolation holds
/// them at High). Idempotent: outcomes are upserts and a re-delivered resolution leaves the profile as
/// it was, so replaying the whole history rebuilds the same rows.
/// </summary>
public sealed class RiskCaseProjection(CaseOutcomeStore outcomes, RiskFeedbackRecorder feedback) : ICaseProjection
{
    public async Task ProjectAsync(CaseState state, IReadOnlyList<CaseEvent> newEvents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(newEvents);
        foreach (var resolved in newEvents.OfType<CaseEvent.CaseResolved>())
        {
            var outcome = resolved.Classification == CaseClassification.ConfirmedPolicyViolation
                ? RiskCaseOutcome.ConfirmedPolicyViolation
                : RiskCaseOutcome.Benign;
            foreach (var alertId in resolved.ResolvedAlerts)
            {
                await outcomes.RecordAsync(alertId, state.CaseId, outcome, cancellationToken);
            }

            await feedback.RecordAsync(state.User, new RiskFeedback.CaseResolved(state.CaseId, outcome), resolved.At, cancellationToken);
        }
    }
}
