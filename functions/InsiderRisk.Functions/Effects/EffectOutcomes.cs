using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Telemetry;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Storage.Cases;
using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Functions.Effects;

/// <summary>
/// Records how an attempt ended: what the channel did (in <see cref="EffectDeliveryLog"/>), then the
/// outcome as a case event through the decider — success, a retry scheduled as a delayed message, or
/// given up with its reason (the decider adds the case note). A final outcome marks the outbox row done.
/// </summary>
public sealed partial class EffectOutcomes(
    ICaseCommands commands,
    ICaseEventStore store,
    EffectDeliveryLog deliveries,
    CaseEffectScheduler scheduler,
    EffectRetryPolicy policy,
    TimeProvider time,
    ITelemetryEvents telemetry,
    ILogger<EffectOutcomes> logger)
{
    public async Task<EffectRun> SucceededAsync(EffectAttempt attempt, EffectOutcome.Succeeded outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(outcome);
        var now = time.GetUtcNow();
        await deliveries.RecordAsync(Delivery(attempt, EffectStatus.Succeeded, outcome.Detail, now), cancellationToken);
        var recorded = await commands.ExecuteAsync(
            new CaseCommand.RecordEffectSucceeded(attempt.EffectId, outcome.Result) { CaseId = attempt.CaseId, At = now, By = CaseNote.SystemAuthor },
            cancellationToken);
        if (recorded.Error is { } error)
        {
            // The handler answered with another kind's result: a defect to give up on loudly, not to retry.
            return await GiveUpAsync(attempt, $"the {attempt.Channel} handler's result was refused: {error.Message}", cancellationToken);
        }

        await FinishAsync(attempt, EffectStatus.Succeeded, recorded.Events.Count > 0, cancellationToken);
        LogSucceeded(logger, attempt.Kind, attempt.CaseId.Value, attempt.EffectId.Value, attempt.Number, attempt.Channel);
        return EffectRun.Succeeded;
    }

    public async Task<EffectRun> FailedAsync(EffectAttempt attempt, EffectOutcome.Failed outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Permanent || policy.IsLast(attempt.Number))
        {
            var reason = outcome.Permanent
                ? outcome.Error
                : $"{outcome.Error} (given up after {attempt.Number} attempts)";
            return await GiveUpAsync(attempt, reason, cancellationToken);
        }

        var now = time.GetUtcNow();
        var delay = policy.DelayAfter(attempt.Number, outcome.RetryAfter);
        delay = delay > QueueRules.MaxVisibility ? QueueRules.MaxVisibility : delay;
        await deliveries.RecordAsync(Delivery(attempt, EffectStatus.Pending, outcome.Error, now), cancellationToken);
        var recorded = await commands.ExecuteAsync(
            new CaseCommand.RecordEffectAttemptFailed(attempt.EffectId, attempt.Number, outcome.Error, now + delay)
            {
                CaseId = attempt.CaseId,
                At = now,
                By = CaseNote.SystemAuthor,
            },
            cancellationToken);

        // Only the delivery that recorded this attempt schedules the next one, so duplicates do not fork the retries.
        if (recorded.Events.Count > 0)
        {
            await scheduler.ScheduleAsync(attempt.CaseId, attempt.EffectId, delay, cancellationToken);
        }

        LogRetry(logger, attempt.Kind, attempt.CaseId.Value, attempt.EffectId.Value, attempt.Number, delay.TotalSeconds, outcome.Error);
        return EffectRun.RetryScheduled;
    }

    private async Task<EffectRun> GiveUpAsync(EffectAttempt attempt, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await deliveries.RecordAsync(Delivery(attempt, EffectStatus.Failed, reason, now), cancellationToken);
        var recorded = await commands.ExecuteAsync(
            new CaseCommand.RecordEffectFailed(attempt.EffectId, reason) { CaseId = attempt.CaseId, At = now, By = CaseNote.SystemAuthor },
            cancellationToken);
        if (recorded.Error is { } error)
        {
            throw new InvalidOperationException($"Case {attempt.CaseId} refused the failure of effect {attempt.EffectId}: {error.Code}.");
        }

        await FinishAsync(attempt, EffectStatus.Failed, recorded.Events.Count > 0, cancellationToken);
        LogGaveUp(logger, attempt.Kind, attempt.CaseId.Value, attempt.EffectId.Value, attempt.Number, reason);
        return EffectRun.Failed;
    }

    /// <summary>Only the delivery that recorded the outcome reports it; a concurrent duplicate just tidies the outbox.</summary>
    private async Task FinishAsync(EffectAttempt attempt, EffectStatus outcome, bool recordedHere, CancellationToken cancellationToken)
    {
        await store.MarkDoneAsync(attempt.CaseId.Value, attempt.EffectId.Value, cancellationToken);
        if (recordedHere)
        {
            telemetry.CaseEffectCompleted(attempt.Kind, outcome, attempt.Number);
        }
    }

    private static EffectDelivery Delivery(EffectAttempt attempt, EffectStatus outcome, string detail, DateTimeOffset now) =>
        new(attempt.CaseId, attempt.EffectId, attempt.Kind, attempt.Channel, outcome, detail, attempt.Number, now);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} effect {EffectId} of case {CaseId} succeeded on attempt {Attempt} via {Channel}.")]
    private static partial void LogSucceeded(ILogger logger, EffectKind kind, string caseId, string effectId, int attempt, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} effect {EffectId} of case {CaseId} failed attempt {Attempt}; retrying in {DelaySeconds} s: {Error}")]
    private static partial void LogRetry(ILogger logger, EffectKind kind, string caseId, string effectId, int attempt, double delaySeconds, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Kind} effect {EffectId} of case {CaseId} was given up after attempt {Attempt}: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, EffectKind kind, string caseId, string effectId, int attempt, string reason);
}
