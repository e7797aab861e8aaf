using InsiderRisk.Domain;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Alerts;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>
/// Reads and changes the triage columns of alerts' primary rows. Every change is a merge guarded by
/// the ETag the state was read with, so two requests can never both move one alert.
/// </summary>
public sealed class AlertRowStore(ITableStore tables, AlertStoreTables names)
{
    public async Task<AlertTriageState?> GetAsync(AlertId alertId, CancellationToken cancellationToken = default)
    {
        if (!PropertyValues.IsValidKey(alertId.Value) || alertId.Value.Length == 0)
        {
            return null;
        }

        var row = await tables.GetAsync(names.Alerts, alertId.Value, AlertRowColumns.RowKey, AlertRowColumns.Select, cancellationToken);
        return row is null ? null : AlertRowColumns.Read(row);
    }

    /// <summary>The states of <paramref name="alertIds"/> in order; null where an alert does not exist.</summary>
    public async Task<IReadOnlyList<AlertTriageState?>> GetManyAsync(IReadOnlyList<AlertId> alertIds, CancellationToken cancellationToken = default)
    {
        var states = new AlertTriageState?[alertIds.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, alertIds.Count),
            new ParallelOptions { MaxDegreeOfParallelism = StorageParallelism.Reads, CancellationToken = cancellationToken },
            async (i, token) => states[i] = await GetAsync(alertIds[i], token));
        return states;
    }

    /// <summary>Applies <paramref name="change"/> if the row is unchanged since <paramref name="state"/> was read; false if it changed.</summary>
    public async Task<bool> TryChangeAsync(AlertTriageState state, AlertRowChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(change);
        var row = new TableEntity(state.AlertId.Value, AlertRowColumns.RowKey);
        foreach (var (column, value) in change.Values)
        {
            row[column] = value;
        }

        try
        {
            await tables.ExecuteAsync(names.Alerts, TableOperation.Merge(row, state.ETag), cancellationToken);
            return true;
        }
        catch (StorageException e) when (e.Kind is StorageErrorKind.PreconditionFailed or StorageErrorKind.NotFound)
        {
            return false;
        }
    }
}
