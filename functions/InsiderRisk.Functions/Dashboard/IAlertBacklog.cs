using InsiderRisk.Domain.Dashboard;

namespace InsiderRisk.Functions.Dashboard;

/// <summary>
/// Alerts still waiting for triage (status NeedsReview), by severity, for <c>GET /api/dashboard</c>.
/// Implemented by the Alerts area from its own index; the app refuses to start without one.
/// </summary>
public interface IAlertBacklog
{
    Task<SeverityCounts> NeedsReviewAsync(CancellationToken cancellationToken = default);
}
