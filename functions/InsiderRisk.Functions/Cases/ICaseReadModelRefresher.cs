using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Cases;

/// <summary>
/// Brings every read model of one case up to date from its full history. The outbox sweeper calls it
/// for pending <see cref="CaseReadModels.OutboxKind"/> entries (an append whose process died before
/// projecting); it also rebuilds a case's read models after a read model changed shape.
/// </summary>
public interface ICaseReadModelRefresher
{
    Task RefreshAsync(CaseId caseId, CancellationToken cancellationToken = default);
}
