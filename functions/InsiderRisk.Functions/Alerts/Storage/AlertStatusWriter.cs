using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Risk;
using InsiderRisk.Storage.Alerts;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>
/// The one way an alert's status changes: per alert, read the row, let <c>decide</c> pick the change
/// for what is stored now (null: nothing to do), write it guarded by the ETag (reading again when
/// another writer came first), then bring the triage index in line. Used by triage and by the case
/// projection, so both paths converge whatever order they run in.
/// </summary>
public sealed class AlertStatusWriter(AlertRowStore rows, AlertQueueIndex queue, AlertStore alerts, IRiskInputs risk)
{
    private const int MaxAttempts = 20;

    public async Task ApplyAsync(IReadOnlyList<AlertId> alertIds, Func<AlertTriageState, AlertRowChange?> decide, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alertIds);
        ArgumentNullException.ThrowIfNull(decide);
        var entries = new AlertQueueEntry?[alertIds.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, alertIds.Count),
            new ParallelOptions { MaxDegreeOfParallelism = StorageParallelism.Writes, CancellationToken = cancellationToken },
            async (i, token) => entries[i] = await ApplyOneAsync(alertIds[i], decide, token));
        await queue.SyncAsync([.. entries.OfType<AlertQueueEntry>()], cancellationToken);
    }

    private async Task<AlertQueueEntry?> ApplyOneAsync(AlertId alertId, Func<AlertTriageState, AlertRowChange?> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await rows.GetAsync(alertId, cancellationToken) is not { } state)
            {
                return null;
            }

            var change = decide(state);
            if (change is null || await rows.TryChangeAsync(state, change, cancellationToken))
            {
                var after = await rows.GetAsync(alertId, cancellationToken) ?? state;
                if (after.Status != state.Status)
                {
                    await risk.MarkDirtyAsync(after.User, cancellationToken: cancellationToken);
                }

                return await EntryAsync(after, cancellationToken);
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"Alert '{alertId}' kept changing while its status was being set.");
            }
        }
    }

    private async Task<AlertQueueEntry?> EntryAsync(AlertTriageState state, CancellationToken cancellationToken)
    {
        if (await queue.GetAsync(state.DetectedAt, state.AlertId, cancellationToken) is { } listed)
        {
            return listed with { Status = state.Status, CaseId = state.CaseId };
        }

        // Never indexed (a crash right after the insert): build the entry from the stored alert.
        var stored = await alerts.GetAsync(state.AlertId, cancellationToken);
        return stored is null ? null : AlertQueueEntry.From(AlertDocument.FromJson(stored.Data), state.User, state.Status, state.CaseId);
    }
}
