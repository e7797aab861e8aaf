using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Storage.Cases;

namespace InsiderRisk.Functions.Cases;

/// <summary>
/// Replays the whole history, runs every projection with it (projections are rebuildable from the
/// full history), then marks done the pending projection entries the replay covered — not any
/// written by an append that committed after the history was read.
/// </summary>
public sealed class CaseReadModelRefresher(ICaseEventStore store, CaseReadModels readModels) : ICaseReadModelRefresher
{
    public async Task RefreshAsync(CaseId caseId, CancellationToken cancellationToken = default)
    {
        if (!CaseKeys.IsStorable(caseId))
        {
            return;
        }

        var history = new List<CaseEvent>();
        await foreach (var stored in store.ReadHistoryAsync(caseId.Value, cancellationToken))
        {
            history.Add(CaseJson.Deserialize(stored.Type, stored.Data));
        }

        if (history.Count == 0)
        {
            return;
        }

        var state = CaseDecider.Replay(history);
        var pending = await store.ListPendingAsync(caseId.Value, cancellationToken);
        var covered = pending
            .Where(entry => entry.Kind == CaseReadModels.OutboxKind)
            .Where(entry => CaseReadModels.VersionOf(caseId, entry.EffectId) is { } version && version <= state.Version)
            .Select(entry => entry.EffectId)
            .ToList();
        await readModels.ProjectAsync(state, history, covered, cancellationToken);
    }
}
