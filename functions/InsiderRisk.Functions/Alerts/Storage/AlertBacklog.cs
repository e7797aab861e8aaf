using InsiderRisk.Domain.Dashboard;
using InsiderRisk.Functions.Dashboard;

namespace InsiderRisk.Functions.Alerts.Storage;

/// <summary>The dashboard's backlog: one point read of the NeedsReview counter row.</summary>
public sealed class AlertBacklog(AlertQueueIndex queue) : IAlertBacklog
{
    public Task<SeverityCounts> NeedsReviewAsync(CancellationToken cancellationToken = default) =>
        queue.NeedsReviewCountsAsync(cancellationToken);
}
