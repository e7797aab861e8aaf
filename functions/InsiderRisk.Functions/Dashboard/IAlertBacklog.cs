using InsiderRisk.Domain.Dashboard;

namespace InsiderRisk.Functions.Dashboard;

/// <summary>Alerts waiting for triage, per severity (the dashboard's <c>alertsNeedingReview</c>).</summary>
public interface IAlertBacklog
{
    Task<SeverityCounts> NeedsReviewAsync(CancellationToken cancellationToken = default);
}
