namespace InsiderRisk.Domain.Cases;

/// <summary>
/// The per-case lifecycle as a pure decider: <see cref="Decide"/> turns a command into events (or a
/// domain error), <see cref="Evolve"/> folds one event into the state, starting at <see cref="CaseState.Initial"/>.
/// </summary>
public static partial class CaseDecider
{
    public static DecisionResult Decide(CaseCommand command, CaseState state, CasePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(policy);

        if (!state.Exists)
        {
            return command is CaseCommand.OpenCase open
                ? OpenCase(open, new EventBatch(state, command, policy))
                : CaseErrors.CaseNotFound(command.CaseId);
        }

        if (command.CaseId != state.CaseId)
        {
            return CaseErrors.CaseIdMismatch(command.CaseId, state.CaseId);
        }

        if (command.RequestId is { } requestId && state.ProcessedRequestIds.Contains(requestId))
        {
            return DecisionResult.Unchanged;
        }

        var batch = new EventBatch(state, command, policy);
        return command switch
        {
            CaseCommand.OpenCase => CaseErrors.CaseAlreadyExists(state.CaseId),
            CaseCommand.AddNote c => AddNote(c, batch),
            CaseCommand.RecordEffectSucceeded c => RecordEffectSucceeded(c, batch),
            CaseCommand.RecordEffectAttemptFailed c => RecordEffectAttemptFailed(c, batch),
            CaseCommand.RecordEffectFailed c => RecordEffectFailed(c, batch),
            CaseCommand.FireReviewTimer c => FireReviewTimer(c, batch),
            _ => DecideActive(command, batch),
        };
    }

    /// <summary>The actions only an Active case accepts.</summary>
    private static DecisionResult DecideActive(CaseCommand command, EventBatch batch)
    {
        if (batch.State.Status == CaseStatus.Closed)
        {
            return CaseErrors.CaseClosed(batch.State.CaseId, Describe(command));
        }

        return command switch
        {
            CaseCommand.AttachAlerts c => AttachAlerts(c, batch),
            CaseCommand.AddContributor c => AddContributor(c, batch),
            CaseCommand.SendNotice c => SendNotice(c, batch),
            CaseCommand.Escalate c => Escalate(c, batch),
            CaseCommand.Share c => Share(c, batch),
            CaseCommand.RunFlow c => RunFlow(c, batch),
            CaseCommand.CreateTeam => CreateTeam(batch),
            CaseCommand.Resolve c => Resolve(c, batch),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown case command."),
        };
    }

    /// <summary>The state after <paramref name="events"/>, from <paramref name="state"/>.</summary>
    public static CaseState Fold(CaseState state, IEnumerable<CaseEvent> events) => events.Aggregate(state, Evolve);

    /// <summary>The state a whole history gives: the case state is a pure function of it.</summary>
    public static CaseState Replay(IEnumerable<CaseEvent> history) => Fold(CaseState.Initial, history);

    private static string Describe(CaseCommand command) => command switch
    {
        CaseCommand.AttachAlerts => "take more alerts",
        CaseCommand.AddContributor => "take contributors",
        CaseCommand.SendNotice => "send a notice",
        CaseCommand.Escalate => "be escalated",
        CaseCommand.Share => "be shared",
        CaseCommand.RunFlow => "run a flow",
        CaseCommand.CreateTeam => "get a Teams team",
        CaseCommand.Resolve => "be resolved again",
        _ => "do that",
    };
}
