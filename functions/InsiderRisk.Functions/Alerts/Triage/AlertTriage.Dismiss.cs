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
        var key = "dismiss:" + dismissal.Reason.ApiValue;
        var (outcome, reserved) = await ReserveAsync(() => ReserveDismissAsync(request, dismissal, key, cancellationToken), cancellationToken);
        if (reserved is not { } r)
        {
            return outcome!;
        }

        await writer.ApplyAsync([.. r.Pending.Select(s => s.AlertId)], StatusDecisions.Dismiss(dismissal, key, request.By, r.Claim.At), cancellationToken);
        return new TriageOutcome.Dismissed(request.AlertIds);
    }

    private async Task<(TriageOutcome? Outcome, Reservation? Reserved)> ReserveDismissAsync(
        TriageRequest request, Dismissal dismissal, string key, CancellationToken cancellationToken)
    {
        var states = await rows.GetManyAsync(request.AlertIds, cancellationToken);
        if (Missing(request, states) is { } missing)
        {
            return (missing, null);
        }

        var now = time.GetUtcNow();
        var plan = await PlanDismissAsync(request, [.. states.OfType<AlertTriageState>()], dismissal, key, now, cancellationToken);
        if (plan.Conflicts.Count > 0)
        {
            return (new TriageOutcome.Conflict("Some alerts cannot be dismissed: see errors.", plan.Conflicts), null);
        }

        if (plan.Busy)
        {
            return (null, null);
        }

        var pending = plan.Todo;
        if (pending.Count == 0)
        {
            return (new TriageOutcome.Dismissed(request.AlertIds), null);
        }

        if (BulkTriageRules.CheckDismiss([.. pending.Select(s => new TriageTarget(s.AlertId, s.User.Value, s.Status))])
            is Validation<IReadOnlyList<AlertId>>.Invalid invalid)
        {
            return (new TriageOutcome.Invalid(invalid.Errors), null);
        }

        var claim = new TriageClaim(key, null, now, NewNonce());
        return await ClaimAllAsync(pending, claim, cancellationToken)
            ? (null, new Reservation([.. plan.All], pending, claim))
            : (null, null);
    }
}
