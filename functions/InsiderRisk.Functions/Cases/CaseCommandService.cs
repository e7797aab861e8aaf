using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Platform.Settings;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Functions.Cases;

/// <summary>
/// <see cref="ICaseCommands"/> over the case event store. Optimistic concurrency: a writer that lost
/// the race (the head's ETag moved, or another opened the case first) reloads and decides again on
/// the fresh state, so nothing is lost and — since a repeated request id decides to no events —
/// nothing is duplicated.
/// </summary>
public sealed class CaseCommandService(
    ICaseEventStore store,
    ISettingsStore settings,
    CaseReadModels readModels,
    CaseEffectQueue effects,
    CaseEvents.CaseEventPublishQueue publishing,
    CaseWriteGate gate,
    TimeProvider time) : ICaseCommands
{
    /// <summary>Tries before giving up on a case many writers hit at once (then: 409 case-busy).</summary>
    public const int MaxAttempts = 12;

    public async Task<CaseCommandResult> ExecuteAsync(CaseCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!CaseKeys.IsStorable(command.CaseId))
        {
            return CaseCommandResult.Failure(command is CaseCommand.OpenCase ? CaseErrors.CaseIdInvalid() : CaseErrors.CaseNotFound(command.CaseId));
        }

        var policy = (await settings.GetAsync(cancellationToken)).ToCasePolicy();
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await TryOnceAsync(command, policy, cancellationToken);
            if (outcome is { } decided)
            {
                if (decided.Events.Count > 0)
                {
                    // Stored: the read models and the queue follow even if the caller has gone away meanwhile.
                    await readModels.ProjectAsync(decided.State!, decided.Events, [CaseReadModels.ProjectionEffectId(command.CaseId, decided.State!.Version)], CancellationToken.None);
                    await effects.EnqueueAsync(command.CaseId, decided.Events, CancellationToken.None);
                    await publishing.SendAsync(command.CaseId.Value, decided.State.Version - decided.Events.Count + 1, decided.State.Version, CancellationToken.None);
                }

                return decided;
            }

            if (attempt >= MaxAttempts)
            {
                return CaseCommandResult.Failure(CaseBusy(command.CaseId));
            }

            await Task.Delay(Backoff(attempt), time, cancellationToken);
        }
    }

    /// <summary>One load → decide → append; null when another writer appended first.</summary>
    private async Task<CaseCommandResult?> TryOnceAsync(CaseCommand command, CasePolicy policy, CancellationToken cancellationToken)
    {
        using var entered = await gate.EnterAsync(command.CaseId, cancellationToken);
        var state = await LoadAsync(command.CaseId, cancellationToken) ?? CaseState.Initial;
        var decision = CaseDecider.Decide(command, state, policy);
        if (decision.Error is { } error)
        {
            return CaseCommandResult.Failure(error);
        }

        if (decision.Events.IsEmpty)
        {
            return new CaseCommandResult(state, [], null);
        }

        var append = CaseAppend.Prepare(state, decision.Events);
        try
        {
            await store.AppendAsync(command.CaseId.Value, state.Version, append.Events, append.Outbox, append.Snapshot, cancellationToken);
            return new CaseCommandResult(append.State, decision.Events, null);
        }
        catch (StorageException exception) when (IsLostRace(exception))
        {
            return null;
        }
    }

    public async Task<CaseState?> LoadAsync(CaseId caseId, CancellationToken cancellationToken = default)
    {
        if (!CaseKeys.IsStorable(caseId))
        {
            return null;
        }

        var stream = await store.LoadAsync(caseId.Value, cancellationToken);
        if (!stream.Exists)
        {
            return null;
        }

        var start = stream.Snapshot is { } snapshot ? CaseJson.DeserializeState(snapshot.Data) : CaseState.Initial;
        return CaseDecider.Fold(start, stream.Events.Select(e => CaseJson.Deserialize(e.Type, e.Data)));
    }

    private static bool IsLostRace(StorageException exception) =>
        exception.Kind is StorageErrorKind.PreconditionFailed or StorageErrorKind.Conflict;

    /// <summary>Full jitter on an exponential ceiling (10 ms doubling, at most 400 ms), so racing writers spread out.</summary>
    private static TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(400, 10 << Math.Min(attempt, 6));
        return TimeSpan.FromMilliseconds(Random.Shared.Next(1, ceiling + 1));
    }

    private static DomainError CaseBusy(CaseId caseId) => new(
        DomainErrorKind.Conflict,
        "case-busy",
        $"Case '{caseId}' is being changed by many requests at once; nothing was stored. Try again (with the same Idempotency-Key).");
}
