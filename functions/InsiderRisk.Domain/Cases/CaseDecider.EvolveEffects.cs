namespace InsiderRisk.Domain.Cases;

public static partial class CaseDecider
{
    private static CaseState Requested(CaseState state, CaseEvent caseEvent, EffectRequest request)
    {
        var effect = CaseEffect.Requested(request, caseEvent.At, caseEvent.By);
        var next = state with { Effects = state.Effects.SetItem(request.EffectId.Value, effect) };
        return caseEvent switch
        {
            CaseEvent.EscalationRequested e => next with
            {
                Escalation = new CaseEscalation(e.InvestigationName, e.Notes, request.EffectId, null),
            },
            CaseEvent.TeamCreationRequested => next with { Team = new CaseTeam(request.EffectId, null, null, false) },
            CaseEvent.TeamArchiveRequested => next with { Team = next.Team is { } team ? team with { ArchiveEffectId = request.EffectId } : null },
            _ => next,
        };
    }

    private static CaseState Outcome(CaseState state, CaseEvent caseEvent) => caseEvent switch
    {
        CaseEvent.NoticeDelivered e => Complete(state, e.EffectId, $"delivered to {e.Recipient}"),
        CaseEvent.InvestigationCreated e => Complete(state, e.EffectId, $"eDiscovery case {e.ExternalCaseId}") with
        {
            Escalation = state.Escalation is { } escalation && escalation.EffectId == e.EffectId
                ? escalation with { ExternalCaseId = e.ExternalCaseId }
                : state.Escalation,
        },
        CaseEvent.IncidentCreated e => Complete(state, e.EffectId, $"incident {e.TicketNumber}"),
        CaseEvent.SharedByEmail e => Complete(state, e.EffectId, $"sent to {e.Recipient}"),
        CaseEvent.FlowCompleted e => Complete(state, e.EffectId, e.Outcome),
        CaseEvent.TeamCreated e => Complete(state, e.EffectId, $"team {e.TeamId}") with
        {
            Team = state.Team is { } team && team.CreationEffectId == e.EffectId ? team with { TeamId = e.TeamId } : state.Team,
        },
        CaseEvent.TeamArchived e => Complete(state, e.EffectId, $"team {e.TeamId} archived") with
        {
            Team = state.Team is { } team && team.TeamId == e.TeamId ? team with { Archived = true } : state.Team,
        },
        CaseEvent.ReminderSent e => Complete(state, e.EffectId, "reminder sent"),
        CaseEvent.EffectAttemptFailed e => Update(state, e.EffectId, effect => effect with
        {
            Attempts = Math.Max(effect.Attempts, e.Attempt),
            LastError = e.Error,
            NextAttemptAt = e.NextAttemptAt,
        }),
        CaseEvent.EffectFailed e => Update(state, e.EffectId, effect => effect with
        {
            Status = EffectStatus.Failed,
            LastError = e.Reason,
            NextAttemptAt = null,
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(caseEvent), caseEvent.GetType().Name, "Unknown case event."),
    };

    private static CaseState Complete(CaseState state, EffectId effectId, string result) =>
        Update(state, effectId, effect => effect.Succeeded(result));

    /// <summary>A newer due time (or closing the case) retires the current timer, so it never shows as pending.</summary>
    private static CaseState CancelReviewTimer(CaseState state, string reason) =>
        state.ReviewTimerId is { } timerId && state.FindEffect(timerId) is { IsPending: true }
            ? Complete(state, timerId, reason)
            : state;

    private static CaseState Update(CaseState state, EffectId effectId, Func<CaseEffect, CaseEffect> change) =>
        state.FindEffect(effectId) is { } effect
            ? state with { Effects = state.Effects.SetItem(effectId.Value, change(effect)) }
            : state;
}
