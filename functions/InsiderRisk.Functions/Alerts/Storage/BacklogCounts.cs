using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Dashboard;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>The backlog counter row of the NeedsReview partition.</summary>
internal static class BacklogCounts
{
    public static SeverityCounts Read(TableEntity? row) => row is null
        ? SeverityCounts.None
        : new SeverityCounts(
            Math.Max(0, row.GetInt32(nameof(Severity.High)) ?? 0),
            Math.Max(0, row.GetInt32(nameof(Severity.Medium)) ?? 0),
            Math.Max(0, row.GetInt32(nameof(Severity.Low)) ?? 0));

    public static SeverityCounts Apply(SeverityCounts counts, IEnumerable<Severity> severities, int delta)
    {
        var result = severities.Aggregate(counts, (sum, severity) => sum.Add(severity, delta));
        // Never below zero, even if a row went missing outside these transactions.
        return new SeverityCounts(Math.Max(0, result.High), Math.Max(0, result.Medium), Math.Max(0, result.Low));
    }

    public static TableEntity ToRow(string partition, SeverityCounts counts) => new(partition, AlertQueueKeys.BacklogRowKey)
    {
        [nameof(Severity.High)] = counts.High,
        [nameof(Severity.Medium)] = counts.Medium,
        [nameof(Severity.Low)] = counts.Low,
    };
}
