using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Admin;
using InsiderRisk.Functions.Alerts.Ingestion;
using InsiderRisk.Functions.Platform.Settings;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Demo;

/// <summary>
/// Loads the demo data set through the app's own services — directory, ingestion, triage, case
/// commands, notice templates — so it is stored exactly as real use would store it. Once: a marker row
/// says it is done; and every step is idempotent anyway (fixed alert ids, triage and case request ids),
/// so a load cut short finishes on the next start without doubling anything.
/// </summary>
public sealed partial class DemoLoader(
    IUserDirectory users,
    AlertIngestion ingestion,
    NoticeTemplateStore templates,
    ISettingsStore settings,
    DemoCases cases,
    ITableStore tables,
    TimeProvider time,
    ILogger<DemoLoader> logger)
{
    public const string Table = "DemoData";
    private const string MarkerPartition = "demo";
    private const string MarkerRow = "loaded-v1";

    /// <summary>True when this call loaded the data, false when it was already there.</summary>
    public async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        await tables.CreateTableIfNotExistsAsync(Table, cancellationToken);
        if (await tables.GetAsync(Table, MarkerPartition, MarkerRow, cancellationToken: cancellationToken) is not null)
        {
            LogAlreadyLoaded(logger);
            return false;
        }

        var now = time.GetUtcNow();
        foreach (var user in DemoPeople.Users)
        {
            await users.RememberAsync(user, cancellationToken);
        }

        var current = await settings.GetAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(current.Integrations.Organization))
        {
            await settings.SaveAsync(current with { Integrations = current.Integrations with { Organization = DemoTemplates.Organization } }, cancellationToken);
        }

        foreach (var template in DemoTemplates.All)
        {
            await templates.PutAsync(template, cancellationToken);
        }

        var alerts = AlertBatchValidator.Validate(DemoAlerts.Inputs(now), now) switch
        {
            Validation<IReadOnlyList<Alert>>.Valid valid => valid.Value,
            Validation<IReadOnlyList<Alert>>.Invalid invalid => throw new InvalidOperationException(
                $"The demo alerts are invalid: {string.Join("; ", invalid.Errors.Select(error => $"{error.Key}: {string.Join(' ', error.Value)}"))}"),
            _ => throw new InvalidOperationException("Unknown validation result."),
        };
        await ingestion.IngestAsync(alerts, cancellationToken);
        await cases.CreateAsync(now, cancellationToken);

        await tables.UpsertAsync(Table, new TableEntity(MarkerPartition, MarkerRow) { ["LoadedAt"] = now }, cancellationToken);
        LogLoaded(logger, DemoPeople.Users.Count, alerts.Count);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data is already loaded; nothing added.")]
    private static partial void LogAlreadyLoaded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded: {Users} users, {Alerts} alerts, cases open and closed.")]
    private static partial void LogLoaded(ILogger logger, int users, int alerts);
}
