using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Domain.Cases;

public static partial class CaseDecider
{
    /// <summary>Folds one event into the state. Pure: the same history always gives the same state.</summary>
    public static CaseState Evolve(CaseState state, CaseEvent caseEvent)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(caseEvent);

        var next = Touch(state, caseEvent);
        return caseEvent switch
        {
            CaseEvent.CaseOpened e => next with
            {
                Exists = true,
                CaseId = e.CaseId,
                Name = e.Name,
                User = e.User,
                Status = CaseStatus.Active,
                OpenedAt = e.At,
                OpenedBy = e.By,
                Alerts = [.. e.Alerts.Select(alert => Attached(alert, e.At))],
                Contributors = [e.By],
            },
            CaseEvent.AlertsAttached e => next with
            {
                Alerts = next.Alerts.AddRange(e.Alerts.Where(a => !next.HasAlert(a.AlertId)).Select(a => Attached(a, e.At))),
            },
            CaseEvent.NoteAdded e => next with { Notes = next.Notes.Add(new CaseNote(e.NoteId, e.Author, e.At, e.Text)) },
            CaseEvent.ContributorAdded e => next.IsContributor(e.UserId)
                ? next
                : next with { Contributors = next.Contributors.Add(e.UserId) },
            CaseEvent.ReviewDueScheduled e => Requested(CancelReviewTimer(next, "superseded"), e, e.Effect) with
            {
                DueAt = e.DueAt,
                ReviewTimerId = e.Effect.EffectId,
                Overdue = false,
            },
            CaseEvent.CaseMarkedOverdue e => Requested(Complete(next, e.TimerEffectId, "case overdue"), e, e.Effect) with
            {
                Overdue = true,
            },
            CaseEvent.CaseResolved e => Resolved(CancelReviewTimer(next, "case closed"), e),
            IRequestsEffect request => Requested(next, caseEvent, request.Effect),
            _ => Outcome(next, caseEvent),
        };
    }

    /// <summary>Every event counts as an update except retry bookkeeping, which is not a change to the case.</summary>
    private static CaseState Touch(CaseState state, CaseEvent caseEvent)
    {
        var next = state with
        {
            Version = state.Version + 1,
            ProcessedRequestIds = caseEvent.RequestId is { } id ? state.ProcessedRequestIds.Add(id) : state.ProcessedRequestIds,
        };
        return caseEvent is CaseEvent.EffectAttemptFailed
            ? next
            : next with { LastUpdatedAt = caseEvent.At, LastUpdatedBy = caseEvent.By };
    }

    private static CaseAlert Attached(AlertSummary alert, DateTimeOffset at) =>
        new(alert.AlertId, alert.Policy, alert.Severity, alert.DetectedAt, AlertStatus.Confirmed, at);

    private static CaseState Resolved(CaseState state, CaseEvent.CaseResolved e) => state with
    {
        Status = CaseStatus.Closed,
        Resolution = new CaseResolution(e.Classification, e.ActionTaken, e.At, e.By),
        Alerts = [.. state.Alerts.Select(alert => alert with { Status = AlertStatus.Resolved })],
        DueAt = null,
        ReviewTimerId = null,
        Overdue = false,
    };
}
