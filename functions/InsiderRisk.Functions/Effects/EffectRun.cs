namespace InsiderRisk.Functions.Effects;

/// <summary>How one delivery of a <c>{caseId, effectId}</c> message ended; every value acknowledges the message.</summary>
public enum EffectRun
{
    /// <summary>No such case or effect (nothing to do).</summary>
    Unknown,

    /// <summary>The effect had already reached a final state: a re-delivery.</summary>
    AlreadyDone,

    /// <summary>The message came before its time (a timer further out than a queue delay, a duplicate of a scheduled retry).</summary>
    NotYet,

    Succeeded,

    /// <summary>This attempt failed; a new message is scheduled for the next.</summary>
    RetryScheduled,

    /// <summary>Given up: a permanent failure or the last attempt.</summary>
    Failed,

    /// <summary>A review-due timer fired (the case is marked overdue when it was still the current timer).</summary>
    TimerFired,

    /// <summary>The case's read models were brought up to date.</summary>
    ReadModelsRefreshed,
}
