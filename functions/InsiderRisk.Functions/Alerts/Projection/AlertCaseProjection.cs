using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Functions.Cases;

namespace InsiderRisk.Functions.Alerts.Projection;

/// <summary>
/// Keeps alerts in step with their cases: opened with or attached to a case → Confirmed with its id;
/// case resolved → Resolved with the classification; and the user → open-case index (Active case →
/// listed, Closed → not). Each step is idempotent, and a full history rebuilds the same result.
/// </summary>
public sealed class AlertCaseProjection(AlertStatusWriter writer, OpenCaseIndex openCases) : ICaseProjection
{
    public async Task ProjectAsync(CaseState state, IReadOnlyList<CaseEvent> newEvents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(newEvents);
        if (!state.Exists)
        {
            return;
        }

        var lifecycleChanged = false;
        foreach (var change in newEvents)
        {
            switch (change)
            {
                case CaseEvent.CaseOpened opened:
                    lifecycleChanged = true;
                    await ConfirmAsync(state.CaseId, opened.Alerts, opened, cancellationToken);
                    break;
                case CaseEvent.AlertsAttached attached:
                    await ConfirmAsync(state.CaseId, attached.Alerts, attached, cancellationToken);
                    break;
                case CaseEvent.CaseResolved resolved:
                    lifecycleChanged = true;
                    await writer.ApplyAsync(resolved.ResolvedAlerts, StatusDecisions.Resolve(state.CaseId, resolved.Classification.ToString()), cancellationToken);
                    break;
                default:
                    break;
            }
        }

        if (lifecycleChanged)
        {
            await (state.Status == CaseStatus.Active
                ? openCases.SetAsync(state.User, state.CaseId, state.OpenedAt, cancellationToken)
                : openCases.RemoveAsync(state.User, state.CaseId, cancellationToken));
        }
    }

    private Task ConfirmAsync(CaseId caseId, IEnumerable<AlertSummary> alerts, CaseEvent cause, CancellationToken cancellationToken) =>
        writer.ApplyAsync([.. alerts.Select(alert => alert.AlertId)], StatusDecisions.Confirm(caseId, null, cause.By, cause.At), cancellationToken);
}
