using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.CaseEvents;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Effects;
using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Functions.Sweeper;

/// <summary>
/// Catches what a crash left behind. For each case with pending outbox rows: effects still pending in
/// the case whose message may have been lost (requested more than <see cref="Grace"/> ago, not waiting
/// for a scheduled retry) and due timers are sent to the queue again; rows of effects already final
/// are marked done; read models an append did not finish projecting are rebuilt; appends whose events
/// are still unpublished after the grace are sent to <c>PublishCaseEvents</c> again. Sending twice is
/// harmless: the runner ignores effects that are no longer pending, and a republished event is the
/// same message (same <c>id</c>) as before.
/// </summary>
public sealed partial class OutboxSweeper(
    ICaseEventStore store,
    ICaseCommands commands,
    ICaseReadModelRefresher readModels,
    CaseEffectScheduler scheduler,
    CaseEventPublishQueue publishing,
    TimeProvider time,
    ILogger<OutboxSweeper> logger)
{
    /// <summary>Long enough that the command that wrote a row has sent its message (or died) by then.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var byCase = new Dictionary<string, List<OutboxEntry>>(StringComparer.Ordinal);
        await foreach (var entry in store.ListPendingAsync(now, cancellationToken))
        {
            if (!byCase.TryGetValue(entry.CaseId, out var entries))
            {
                byCase[entry.CaseId] = entries = [];
            }

            entries.Add(entry);
        }

        var result = new SweepResult();
        foreach (var (caseId, entries) in byCase)
        {
            result += await SweepCaseAsync(new CaseId(caseId), entries, now, cancellationToken);
        }

        if (result.Resent + result.Cleared + result.ReadModelsRebuilt + result.Republished > 0)
        {
            LogSwept(logger, result.Resent, result.Cleared, result.ReadModelsRebuilt, result.Republished, byCase.Count);
        }

        return result;
    }

    private async Task<SweepResult> SweepCaseAsync(CaseId caseId, List<OutboxEntry> entries, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = await commands.LoadAsync(caseId, cancellationToken);
        var result = new SweepResult();
        if (state is null)
        {
            LogOrphans(logger, caseId.Value, entries.Count);
            return result;
        }

        var settled = now - state.LastUpdatedAt >= Grace;
        if (settled && entries.Any(entry => entry.Kind == CaseReadModels.OutboxKind))
        {
            await readModels.RefreshAsync(caseId, cancellationToken);
            result = result with { ReadModelsRebuilt = 1 };
        }

        foreach (var entry in entries.Where(entry => entry.Kind == CaseEventOutbox.Kind))
        {
            if (CaseEventOutbox.PayloadOf(entry) is { } range && now - range.AppendedAt >= Grace
                && await publishing.SendAsync(caseId.Value, range.FromSequence, range.ToSequence, cancellationToken))
            {
                result = result with { Republished = result.Republished + 1 };
            }
        }

        foreach (var entry in entries.Where(entry => entry.Kind is not (CaseReadModels.OutboxKind or CaseEventOutbox.Kind)))
        {
            var effect = state.FindEffect(new EffectId(entry.EffectId));
            if (effect is null)
            {
                LogOrphans(logger, caseId.Value, 1);
            }
            else if (!effect.IsPending)
            {
                await store.MarkDoneAsync(caseId.Value, entry.EffectId, cancellationToken);
                result = result with { Cleared = result.Cleared + 1 };
            }
            else if (IsDue(effect, now))
            {
                await scheduler.ScheduleAsync(caseId, effect.EffectId, delay: null, cancellationToken);
                result = result with { Resent = result.Resent + 1 };
            }
        }

        return result;
    }

    /// <summary>A timer is due once its time has come; an immediate effect once its grace and any scheduled retry have passed.</summary>
    private static bool IsDue(CaseEffect effect, DateTimeOffset now) => effect.Kind == EffectKind.ReviewDueTimer
        ? effect.DueAt is not { } due || due <= now
        : now - effect.RequestedAt >= Grace && (effect.NextAttemptAt is not { } next || next <= now);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox sweep: {Resent} effects sent again, {Cleared} finished rows cleared, {Rebuilt} cases' read models rebuilt, {Republished} appends sent for publishing again ({Cases} cases with pending rows).")]
    private static partial void LogSwept(ILogger logger, int resent, int cleared, int rebuilt, int republished, int cases);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId} has {Count} pending outbox rows for effects it does not know; left as they are.")]
    private static partial void LogOrphans(ILogger logger, string caseId, int count);
}
