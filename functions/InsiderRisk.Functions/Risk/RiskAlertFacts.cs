using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Storage.Alerts;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// A user's alerts as scoring sees them: status from the alert store (kept current by triage and case
/// resolution), the case outcome from <c>CaseOutcomes</c> for alerts that joined a case, and the
/// sign-in from the alert's stored JSON.
/// </summary>
public sealed class RiskAlertFacts(AlertStore alerts, CaseOutcomeStore outcomes)
{
    public async Task<IReadOnlyList<RiskAlertFact>> ReadAsync(UserPseudonym user, CancellationToken cancellationToken = default)
    {
        var facts = new List<RiskAlertFact>();
        await foreach (var alert in alerts.ListByUserAsync(user, cancellationToken))
        {
            RiskCaseOutcome? outcome = alert.Status is AlertStatus.Confirmed or AlertStatus.Resolved
                ? await outcomes.GetAsync(alert.AlertId, cancellationToken)
                : null;
            facts.Add(new RiskAlertFact(
                alert.AlertId,
                (int)Math.Clamp(Math.Round(alert.RiskScore, MidpointRounding.AwayFromZero), 0, RiskScore.MaxScore),
                alert.DetectedAt,
                alert.Status,
                outcome,
                AlertSignIns.Of(alert.Data)));
        }

        return facts;
    }
}
