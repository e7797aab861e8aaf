namespace InsiderRisk.Domain.Cases;

public static partial class CaseDecider
{
    /// <summary>
    /// Outcomes are accepted on Closed cases too. An outcome for an effect that already completed is a
    /// re-delivery and changes nothing.
    /// </summary>
    private static DecisionResult RecordEffectSucceeded(CaseCommand.RecordEffectSucceeded command, EventBatch batch)
    {
        if (batch.State.FindEffect(command.EffectId) is not { } effect)
        {
            return CaseErrors.EffectNotFound(command.EffectId);
        }

        if (command.Result.Kind != effect.Kind)
        {
            return CaseErrors.EffectResultMismatch(effect.EffectId, effect.Kind, command.Result.Kind);
        }

        if (!effect.IsPending)
        {
            return DecisionResult.Unchanged;
        }

        RecordSuccess(batch, effect, command.Result);
        return batch.Accept();
    }

    private static DecisionResult RecordEffectAttemptFailed(CaseCommand.RecordEffectAttemptFailed command, EventBatch batch)
    {
        if (command.Attempt < 1)
        {
            return CaseErrors.AttemptInvalid();
        }

        if (batch.State.FindEffect(command.EffectId) is not { } effect)
        {
            return CaseErrors.EffectNotFound(command.EffectId);
        }

        // An attempt already recorded (or a late report after the outcome) is a re-delivery.
        if (!effect.IsPending || command.Attempt <= effect.Attempts)
        {
            return DecisionResult.Unchanged;
        }

        var attemptFailed = new CaseEvent.EffectAttemptFailed(effect.EffectId, command.Attempt, command.Error, command.NextAttemptAt);
        return batch.Add(attemptFailed).Accept();
    }

    /// <summary>The runner gave up: the effect shows Failed and a system note tells why.</summary>
    private static DecisionResult RecordEffectFailed(CaseCommand.RecordEffectFailed command, EventBatch batch)
    {
        if (batch.State.FindEffect(command.EffectId) is not { } effect)
        {
            return CaseErrors.EffectNotFound(command.EffectId);
        }

        if (!effect.IsPending)
        {
            return DecisionResult.Unchanged;
        }

        batch.Add(new CaseEvent.EffectFailed(effect.EffectId, command.Reason));
        batch.AddNote(CaseNote.SystemAuthor, CaseNoteTexts.EffectFailed(effect, command.Reason));
        return batch.Accept();
    }
}
