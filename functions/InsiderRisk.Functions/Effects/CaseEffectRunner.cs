using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Functions.Effects;

/// <summary>
/// Runs one case effect once per delivery of its message. The effect id is the idempotency key every
/// handler honours, and the attempt number comes from the case's own count, so a re-delivered message
/// (after a crash, a lost acknowledgement, or a sweep) never makes a second outside call nor a second
/// outcome. Outcomes go back through the decider; a retry is a new message with a visibility delay.
/// </summary>
public sealed partial class CaseEffectRunner(
    ICaseCommands commands,
    ICaseEventStore store,
    ICaseReadModelRefresher readModels,
    EffectHandlers handlers,
    EffectContexts contexts,
    EffectOutcomes outcomes,
    CaseEffectScheduler scheduler,
    TimeProvider time,
    ILogger<CaseEffectRunner> logger)
{
    /// <summary>A retry message may arrive this much before its time and still count as on time.</summary>
    private static readonly TimeSpan EarlyTolerance = TimeSpan.FromSeconds(1);

    public async Task<EffectRun> RunAsync(CaseId caseId, EffectId effectId, CancellationToken cancellationToken)
    {
        if (CaseReadModels.VersionOf(caseId, effectId.Value) is not null)
        {
            await readModels.RefreshAsync(caseId, cancellationToken);
            return EffectRun.ReadModelsRefreshed;
        }

        var state = await commands.LoadAsync(caseId, cancellationToken);
        if (state?.FindEffect(effectId) is not { } effect)
        {
            LogUnknown(logger, caseId.Value, effectId.Value);
            return EffectRun.Unknown;
        }

        if (!effect.IsPending)
        {
            await store.MarkDoneAsync(caseId.Value, effectId.Value, cancellationToken);
            return EffectRun.AlreadyDone;
        }

        var now = time.GetUtcNow();
        if (effect.Kind == EffectKind.ReviewDueTimer)
        {
            return await FireTimerAsync(caseId, effect, now, cancellationToken);
        }

        if (effect.NextAttemptAt is { } next && next - now > EarlyTolerance)
        {
            // A copy of a delivery whose retry is already scheduled; the sweeper covers a lost schedule.
            return EffectRun.NotYet;
        }

        return await AttemptAsync(state, effect, now, cancellationToken);
    }

    private async Task<EffectRun> FireTimerAsync(CaseId caseId, CaseEffect timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (timer.DueAt is { } due && due > now)
        {
            await scheduler.ScheduleAsync(caseId, timer.EffectId, due - now, cancellationToken);
            return EffectRun.NotYet;
        }

        var fired = await commands.ExecuteAsync(
            new CaseCommand.FireReviewTimer(timer.EffectId) { CaseId = caseId, At = now, By = CaseNote.SystemAuthor },
            cancellationToken);
        if (fired.Error is { } error)
        {
            LogRefused(logger, caseId.Value, timer.EffectId.Value, error.Code);
        }

        await store.MarkDoneAsync(caseId.Value, timer.EffectId.Value, cancellationToken);
        return EffectRun.TimerFired;
    }

    private async Task<EffectRun> AttemptAsync(CaseState state, CaseEffect effect, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var attempt = effect.Attempts + 1;
        var handler = handlers.For(effect.Kind);
        var context = await contexts.BuildAsync(state, effect.Kind, cancellationToken);
        var invocation = new EffectInvocation(state.CaseId, effect.EffectId, attempt, effect.Payload, context);
        var outcome = await ExecuteAsync(handler, invocation, cancellationToken);
        return outcome switch
        {
            EffectOutcome.Succeeded succeeded => await outcomes.SucceededAsync(new EffectAttempt(state.CaseId, effect, handler.Channel, attempt), succeeded, cancellationToken),
            EffectOutcome.Failed failed => await outcomes.FailedAsync(new EffectAttempt(state.CaseId, effect, handler.Channel, attempt), failed, cancellationToken),
            _ => throw new InvalidOperationException($"Unknown effect outcome {outcome.GetType().Name}."),
        };
    }

    /// <summary>A handler that throws instead of answering is a retryable failure; its message stays out of the case (it may quote a payload).</summary>
    private async Task<EffectOutcome> ExecuteAsync(IEffectHandler handler, EffectInvocation invocation, CancellationToken cancellationToken)
    {
        try
        {
            return await handler.ExecuteAsync(invocation, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogHandlerThrew(logger, exception.GetType().Name, handler.Channel, invocation.CaseId.Value, invocation.EffectId.Value, invocation.Attempt);
            return new EffectOutcome.Failed($"the {handler.Channel} handler failed unexpectedly ({exception.GetType().Name})", Permanent: false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Effect {EffectId} of case {CaseId} is not known; the message is dropped.")]
    private static partial void LogUnknown(ILogger logger, string caseId, string effectId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId} refused timer {EffectId}: {Code}.")]
    private static partial void LogRefused(ILogger logger, string caseId, string effectId, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Channel} handler threw {Exception} on effect {EffectId} of case {CaseId} (attempt {Attempt}).")]
    private static partial void LogHandlerThrew(ILogger logger, string exception, string channel, string caseId, string effectId, int attempt);
}
