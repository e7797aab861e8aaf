namespace InsiderRisk.Domain.Cases;

/// <summary>
/// The events one decision yields. Each added event is stamped with the command's At, By and
/// RequestId and folded at once, so later events see the state (and sequence) the earlier ones made:
/// the k-th new event has sequence Version + k, and effect and note ids derive from it.
/// </summary>
internal sealed class EventBatch(CaseState state, CaseCommand command, CasePolicy policy)
{
    private readonly List<CaseEvent> events = [];

    public CaseState State { get; private set; } = state;

    public CaseCommand Command { get; } = command;

    public CasePolicy Policy { get; } = policy;

    private long NextSequence => State.Version + 1;

    public EffectId NextEffectId() => CaseEffectIds.For(Command.CaseId, NextSequence);

    public EffectRequest Request(EffectPayload payload, DateTimeOffset? dueAt = null) =>
        new(NextEffectId(), payload, dueAt);

    public EventBatch Add(CaseEvent caseEvent)
    {
        var stamped = caseEvent with { At = Command.At, By = Command.By, RequestId = Command.RequestId };
        events.Add(stamped);
        State = CaseDecider.Evolve(State, stamped);
        return this;
    }

    public EventBatch AddNote(string author, string text) =>
        Add(new CaseEvent.NoteAdded(CaseNoteIds.For(NextSequence), author, text));

    /// <summary>An action was taken: the next review is due one SLA from now (by the highest alert severity).</summary>
    public EventBatch ScheduleReview()
    {
        var dueAt = Command.At + Policy.ReviewSla(State.HighestSeverity() ?? Alerts.Severity.Low);
        return Add(new CaseEvent.ReviewDueScheduled(dueAt, Request(new EffectPayload.ReviewDueTimer(), dueAt)));
    }

    public DecisionResult Accept() => DecisionResult.Accepted(events);
}
