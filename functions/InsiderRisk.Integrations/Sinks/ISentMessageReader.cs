using InsiderRisk.Domain;

namespace InsiderRisk.Integrations.Sinks;

/// <summary>Reads back what the local sink kept for a case, in effect order.</summary>
public interface ISentMessageReader
{
    Task<IReadOnlyList<SentMessage>> ListAsync(CaseId caseId, CancellationToken cancellationToken = default);
}
