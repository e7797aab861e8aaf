using System.Globalization;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>
/// Keys of table <c>AlertQueue</c>. One partition per status plus <c>all</c>; RowKey =
/// <c>{MaxTicks − detectedAt ticks:D19}_{alertId}</c>, so a partition reads newest first and a
/// detected-between filter is one RowKey range. The NeedsReview partition also holds the backlog
/// counter row, written in the same transactions as its alert rows so the count is never off.
/// </summary>
public static class AlertQueueKeys
{
    public const string AllPartition = "all";
    public const string BacklogRowKey = "~backlog";

    /// <summary>Sorts after every alert row key (they start with 19 digits and '_'), before the counter row.</summary>
    public const string AfterAlertRows = "A";

    public static string Partition(AlertStatus status) => "status-" + status;

    public static string RowKey(DateTimeOffset detectedAt, AlertId alertId) => Ticks(detectedAt) + "_" + alertId.Value;

    /// <summary>
    /// The key between alerts detected before <paramref name="time"/> (at or above it) and those detected at
    /// or after it (below it): '`' sorts right after the '_' that follows the ticks.
    /// </summary>
    public static string TimeBound(DateTimeOffset time) => Ticks(time) + "`";

    private static string Ticks(DateTimeOffset time) =>
        (DateTimeOffset.MaxValue.UtcTicks - time.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
}
