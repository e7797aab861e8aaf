using System.Collections.Immutable;

namespace InsiderRisk.Domain.Cases;

/// <summary>
/// Everything that happened to a case, in order. Type names are a storage format (see
/// <see cref="CaseEventTypes"/>): past tense, never renamed; change by adding a new event.
/// At, By and RequestId are those of the command that caused the event.
/// </summary>
public abstract record CaseEvent
{
    private CaseEvent()
    {
    }

    public DateTimeOffset At { get; init; }

    public string By { get; init; } = "";

    public string? RequestId { get; init; }

    /// <summary>The case's first event; its author is the first contributor.</summary>
    public sealed record CaseOpened(CaseId CaseId, string Name, UserPseudonym User, ImmutableArray<AlertSummary> Alerts)
        : CaseEvent;

    public sealed record AlertsAttached(ImmutableArray<AlertSummary> Alerts) : CaseEvent;

    public sealed record NoteAdded(string NoteId, string Author, string Text) : CaseEvent;

    public sealed record ContributorAdded(string UserId) : CaseEvent;

    /// <summary>The next review is due at <paramref name="DueAt"/>; clears Overdue and supersedes the previous timer.</summary>
    public sealed record ReviewDueScheduled(DateTimeOffset DueAt, EffectRequest Effect) : CaseEvent, IRequestsEffect;

    /// <summary>The current timer passed with no action; <paramref name="Effect"/> reminds the contributors.</summary>
    public sealed record CaseMarkedOverdue(EffectId TimerEffectId, EffectRequest Effect) : CaseEvent, IRequestsEffect;

    public sealed record NoticeRequested(EffectRequest Effect) : CaseEvent, IRequestsEffect;

    public sealed record EscalationRequested(string InvestigationName, string? Notes, EffectRequest Effect)
        : CaseEvent, IRequestsEffect;

    /// <summary><paramref name="Recipient"/> only for <see cref="ShareTarget.Email"/>.</summary>
    public sealed record ShareRequested(ShareTarget Target, string? Recipient, EffectRequest Effect)
        : CaseEvent, IRequestsEffect;

    public sealed record FlowRunRequested(string FlowName, EffectRequest Effect) : CaseEvent, IRequestsEffect;

    public sealed record TeamCreationRequested(EffectRequest Effect) : CaseEvent, IRequestsEffect;

    /// <summary>Closes the case; every alert in <paramref name="ResolvedAlerts"/> becomes Resolved.</summary>
    public sealed record CaseResolved(
        CaseClassification Classification,
        string ActionTaken,
        ImmutableArray<AlertId> ResolvedAlerts) : CaseEvent;

    public sealed record TeamArchiveRequested(string TeamId, EffectRequest Effect) : CaseEvent, IRequestsEffect;

    public sealed record NoticeDelivered(EffectId EffectId, string TemplateName, UserPseudonym Recipient) : CaseEvent;

    public sealed record InvestigationCreated(EffectId EffectId, string ExternalCaseId) : CaseEvent;

    public sealed record IncidentCreated(EffectId EffectId, string TicketNumber) : CaseEvent;

    public sealed record SharedByEmail(EffectId EffectId, string Recipient) : CaseEvent;

    public sealed record FlowCompleted(EffectId EffectId, string FlowName, string Outcome) : CaseEvent;

    public sealed record TeamCreated(EffectId EffectId, string TeamId) : CaseEvent;

    public sealed record TeamArchived(EffectId EffectId, string TeamId) : CaseEvent;

    public sealed record ReminderSent(EffectId EffectId) : CaseEvent;

    /// <summary>A non-final failure: attempts and last error show in the effects view.</summary>
    public sealed record EffectAttemptFailed(EffectId EffectId, int Attempt, string Error, DateTimeOffset? NextAttemptAt)
        : CaseEvent;

    /// <summary>The effect was given up; the case shows the failure.</summary>
    public sealed record EffectFailed(EffectId EffectId, string Reason) : CaseEvent;
}
