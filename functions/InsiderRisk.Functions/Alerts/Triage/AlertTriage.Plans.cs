using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Alerts.Storage;

namespace InsiderRisk.Functions.Alerts.Triage;

public sealed partial class AlertTriage
{
    private async Task<TriagePlan> PlanConfirmAsync(
        TriageRequest request, IReadOnlyList<AlertTriageState> states, ConfirmTarget target, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = new TriagePlan();
        var cases = new Dictionary<CaseId, CaseState?>();
        for (var i = 0; i < states.Count; i++)
        {
            var state = await SettleExpiredClaimAsync(states[i], target.Key, now, cases, cancellationToken);
            var field = request.FieldOf(i);
            switch (state.Status)
            {
                case AlertStatus.Confirmed or AlertStatus.Resolved when IsIn(state, target):
                    plan.Done.Add(state);
                    break;
                case AlertStatus.Confirmed or AlertStatus.Resolved:
                    plan.Conflict(field, $"Alert '{state.AlertId}' is already {state.Status} in case '{state.CaseId}'.");
                    break;
                case AlertStatus.Dismissed:
                    plan.Conflict(field, $"Alert '{state.AlertId}' is Dismissed: a dismissed alert never joins a case.");
                    break;
                default:
                    Reserve(plan, state, target.Key, field, now);
                    break;
            }
        }

        return plan;
    }

    private async Task<TriagePlan> PlanDismissAsync(
        TriageRequest request, IReadOnlyList<AlertTriageState> states, Dismissal dismissal, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = new TriagePlan();
        var cases = new Dictionary<CaseId, CaseState?>();
        for (var i = 0; i < states.Count; i++)
        {
            var state = await SettleExpiredClaimAsync(states[i], key, now, cases, cancellationToken);
            var field = request.FieldOf(i);
            switch (state.Status)
            {
                case AlertStatus.Dismissed when string.Equals(state.DismissReason, dismissal.Reason.ApiValue, StringComparison.OrdinalIgnoreCase):
                    plan.Done.Add(state);
                    break;
                case AlertStatus.Dismissed:
                    plan.Conflict(field, $"Alert '{state.AlertId}' is already Dismissed, with another reason.");
                    break;
                case AlertStatus.Confirmed or AlertStatus.Resolved:
                    plan.Conflict(field, $"Alert '{state.AlertId}' is {state.Status} in case '{state.CaseId}': only alerts that need review can be dismissed.");
                    break;
                default:
                    Reserve(plan, state, key, field, now);
                    break;
            }
        }

        return plan;
    }

    /// <summary>
    /// A NeedsReview alert: free to take (also when its claim expired), held by a request with the same
    /// target (busy: wait for it, then its result is ours), or held for another target (conflict).
    /// A live claim is never taken over, so no request can lose the alerts it is about to move.
    /// </summary>
    private static void Reserve(TriagePlan plan, AlertTriageState state, string key, string field, DateTimeOffset now)
    {
        if (state.Claim is not { } claim || !claim.IsLive(now))
        {
            plan.Todo.Add(state);
        }
        else if (claim.Target == key)
        {
            plan.Busy = true;
        }
        else
        {
            plan.Conflict(field, $"Alert '{state.AlertId}' is being triaged by another request right now; try again in a moment.");
        }
    }

    private static bool IsIn(AlertTriageState state, ConfirmTarget target) => target switch
    {
        ConfirmTarget.ExistingCase existing => state.CaseId == existing.CaseId,
        _ => state.ConfirmTarget == target.Key,
    };

    /// <summary>
    /// A claim for the same target, or an expired one: if the request holding it already got its alert
    /// into the case, record the confirmation now (the case is the truth); either way the alert is re-read.
    /// </summary>
    private async Task<AlertTriageState> SettleExpiredClaimAsync(
        AlertTriageState state, string key, DateTimeOffset now, Dictionary<CaseId, CaseState?> loaded, CancellationToken cancellationToken)
    {
        if (state.Status != AlertStatus.NeedsReview || state.Claim is not { CaseId: { } caseId } claim
            || (claim.IsLive(now) && claim.Target != key))
        {
            return state;
        }

        if (!loaded.TryGetValue(caseId, out var caseState))
        {
            caseState = loaded[caseId] = await cases.LoadAsync(caseId, cancellationToken);
        }

        if (caseState is null || !caseState.HasAlert(state.AlertId))
        {
            return state;
        }

        await writer.ApplyAsync([state.AlertId], StatusDecisions.Confirm(caseId, claim.Target, null, null), cancellationToken);
        return await rows.GetAsync(state.AlertId, cancellationToken) ?? state;
    }
}
