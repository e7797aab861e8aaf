using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Alerts.Storage;

namespace InsiderRisk.Functions.Alerts.Triage;

public sealed partial class AlertTriage
{
    /// <summary>Dismisses every alert or none; a dismissed alert never joins a case and stops counting toward risk.</summary>
    public async Task<TriageOutcome> DismissAsync(TriageRequest request, Dismissal dismissal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(dismissal);
        var states = await rows.GetManyAsync(request.AlertIds, cancellationToken);
        if (Missing(request, states) is { } missing)
        {
            return missing;
        }

        var now = time.GetUtcNow();
        var key = "dismiss:" + dismissal.Reason.ApiValue;
        var plan = await PlanDismissAsync(request, [.. states.OfType<AlertTriageState>()], dismissal, key, now, cancellationToken);
        if (plan.Conflicts.Count > 0)
        {
            return new TriageOutcome.Conflict("Some alerts cannot be dismissed: see errors.", plan.Conflicts);
        }

        var pending = plan.Pending;
        if (pending.Count > 0 && BulkTriageRules.CheckDismiss([.. pending.Select(s => new TriageTarget(s.AlertId, s.User.Value, s.Status))])
            is Validation<IReadOnlyList<AlertId>>.Invalid invalid)
        {
            return new TriageOutcome.Invalid(invalid.Errors);
        }

        if (pending.Count > 0)
        {
            if (!await ClaimAllAsync(pending, new TriageClaim(key, null, now, NewNonce()), cancellationToken))
            {
                return ChangedMeanwhile();
            }

            await writer.ApplyAsync([.. pending.Select(s => s.AlertId)], StatusDecisions.Dismiss(dismissal, key, request.By, now), cancellationToken);
        }

        return new TriageOutcome.Dismissed(request.AlertIds);
    }
}
