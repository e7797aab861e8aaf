using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// Runs in table <c>RiskRuns</c>, written under their ETag (a second worker on the same run loses and
/// stops), plus two bookkeeping rows: the current run and the settings stamp of the last full walk.
/// </summary>
public sealed class RiskRunStore(ITableStore tables)
{
    private const string Meta = "meta";
    private const string CurrentRow = "current";
    private const string SettingsRow = "settings";

    public static bool IsValidRunId(string? runId) =>
        !string.IsNullOrWhiteSpace(runId) && runId.Length <= 100 && PropertyValues.IsValidKey(runId);

    public async Task<RiskRun?> GetAsync(string runId, CancellationToken cancellationToken = default)
    {
        if (!IsValidRunId(runId))
        {
            return null;
        }

        var row = await tables.GetAsync(RiskTables.Runs, RiskRunRows.Partition, runId, cancellationToken: cancellationToken);
        return row is null ? null : RiskRunRows.FromRow(row);
    }

    /// <summary>Inserts a new run; null when a run with that id exists already.</summary>
    public async Task<RiskRun?> TryCreateAsync(RiskRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            var etag = await tables.InsertAsync(RiskTables.Runs, RiskRunRows.ToRow(run), cancellationToken);
            return run with { ETag = etag };
        }
        catch (StorageException e) when (e.Kind == StorageErrorKind.Conflict)
        {
            return null;
        }
    }

    /// <summary>Saves under the run's ETag; null when another worker wrote it first.</summary>
    public async Task<RiskRun?> TrySaveAsync(RiskRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            var etag = await tables.ExecuteAsync(RiskTables.Runs, TableOperation.Replace(RiskRunRows.ToRow(run), run.ETag ?? TableOperation.AnyETag), cancellationToken);
            return run with { ETag = etag };
        }
        catch (StorageException e) when (e.Kind is StorageErrorKind.PreconditionFailed or StorageErrorKind.NotFound)
        {
            return null;
        }
    }

    public async Task<string?> GetCurrentRunIdAsync(CancellationToken cancellationToken = default) =>
        (await tables.GetAsync(RiskTables.Runs, Meta, CurrentRow, cancellationToken: cancellationToken))?.GetString("RunId");

    public Task SetCurrentRunIdAsync(string runId, CancellationToken cancellationToken = default) =>
        tables.UpsertAsync(RiskTables.Runs, new TableEntity(Meta, CurrentRow) { ["RunId"] = runId }, cancellationToken);

    public async Task<long?> GetLastFullStampAsync(CancellationToken cancellationToken = default) =>
        (await tables.GetAsync(RiskTables.Runs, Meta, SettingsRow, cancellationToken: cancellationToken))?.GetInt64("Stamp");

    public Task SetLastFullStampAsync(long stamp, CancellationToken cancellationToken = default) =>
        tables.UpsertAsync(RiskTables.Runs, new TableEntity(Meta, SettingsRow) { ["Stamp"] = stamp }, cancellationToken);
}
