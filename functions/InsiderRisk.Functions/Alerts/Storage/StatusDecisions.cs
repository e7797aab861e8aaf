using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>
/// What each status move does to an alert as it is stored now. Moves follow
/// <see cref="AlertStatusTransitions"/>; a move already made, or one the stored status no longer
/// allows, changes nothing.
/// </summary>
public static class StatusDecisions
{
    /// <summary>Into <paramref name="caseId"/>: the case's events are the truth, whoever reserved the alert.</summary>
    public static Func<AlertTriageState, AlertRowChange?> Confirm(CaseId caseId, string? target, string? by, DateTimeOffset? at) =>
        state => state.Status == AlertStatus.NeedsReview
            ? AlertRowChange.Confirm(caseId, state.Claim is { } claim && claim.CaseId == caseId ? claim.Target : target, by, at)
            : null;

    /// <summary>Only under this request's own claim: a dismissal never overrides another request's reservation.</summary>
    public static Func<AlertTriageState, AlertRowChange?> Dismiss(Dismissal dismissal, string target, string by, DateTimeOffset at) =>
        state => state.Status == AlertStatus.NeedsReview && state.Claim?.Target == target
            ? AlertRowChange.Dismiss(dismissal, by, at)
            : null;

    /// <summary>With its case: a Confirmed alert (or one whose confirmation was not yet recorded) becomes Resolved.</summary>
    public static Func<AlertTriageState, AlertRowChange?> Resolve(CaseId caseId, string? classification) =>
        state => state.Status is AlertStatus.NeedsReview or AlertStatus.Confirmed
            || (state.Status == AlertStatus.Resolved && state.Classification is null && classification is not null)
            ? AlertRowChange.Resolve(caseId, classification)
            : null;

    /// <summary>Gives up this request's reservations; others' (even for the same target) are left alone.</summary>
    public static Func<AlertTriageState, AlertRowChange?> Release(string nonce) =>
        state => state.Status == AlertStatus.NeedsReview && state.Claim?.Nonce == nonce ? AlertRowChange.ReleaseClaim() : null;
}
