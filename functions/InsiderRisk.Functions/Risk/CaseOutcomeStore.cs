using InsiderRisk.Domain;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Risk;

/// <summary>Table <c>CaseOutcomes</c>: how the case an alert was resolved in was classified.</summary>
public sealed class CaseOutcomeStore(ITableStore tables)
{
    private const string RowKey = "outcome";

    public Task RecordAsync(AlertId alertId, CaseId caseId, RiskCaseOutcome outcome, CancellationToken cancellationToken = default) =>
        tables.UpsertAsync(
            RiskTables.CaseOutcomes,
            new TableEntity(alertId.Value, RowKey) { ["Outcome"] = outcome.ToString(), ["CaseId"] = caseId.Value },
            cancellationToken);

    public async Task<RiskCaseOutcome?> GetAsync(AlertId alertId, CancellationToken cancellationToken = default)
    {
        var row = await tables.GetAsync(RiskTables.CaseOutcomes, alertId.Value, RowKey, ["Outcome"], cancellationToken);
        return row?.GetString("Outcome") is { } text && Enum.TryParse<RiskCaseOutcome>(text, out var outcome) ? outcome : null;
    }
}
