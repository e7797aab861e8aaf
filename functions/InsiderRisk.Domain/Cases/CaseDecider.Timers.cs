namespace InsiderRisk.Domain.Cases;

public static partial class CaseDecider
{
    /// <summary>
    /// Only the current timer of an Active case counts, and only once its due time has come; any other
    /// firing (stale, re-delivered, on a Closed case) changes nothing.
    /// </summary>
    private static DecisionResult FireReviewTimer(CaseCommand.FireReviewTimer command, EventBatch batch)
    {
        var state = batch.State;
        if (state.FindEffect(command.EffectId) is not { } timer)
        {
            return CaseErrors.EffectNotFound(command.EffectId);
        }

        if (timer.Kind != EffectKind.ReviewDueTimer)
        {
            return CaseErrors.EffectNotATimer(timer.EffectId);
        }

        var isCurrent = state.Status == CaseStatus.Active
            && timer.IsPending
            && state.ReviewTimerId == timer.EffectId
            && state.DueAt is { } dueAt
            && dueAt <= command.At;
        if (!isCurrent)
        {
            return DecisionResult.Unchanged;
        }

        var reminder = new EffectPayload.SendReminder(state.Contributors, state.Name, state.DueAt!.Value);
        return batch.Add(new CaseEvent.CaseMarkedOverdue(timer.EffectId, batch.Request(reminder))).Accept();
    }
}
