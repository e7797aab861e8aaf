using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Cases;

/// <summary>
/// A read model kept in step with case events (case queue index, alert statuses, dashboard, risk
/// inputs). Called after every append with the state after it and the events it added; must be
/// idempotent (it may run again for the same version after a crash) and must be rebuildable by
/// calling it with the full history.
/// </summary>
public interface ICaseProjection
{
    Task ProjectAsync(CaseState state, IReadOnlyList<CaseEvent> newEvents, CancellationToken cancellationToken = default);
}
