using InsiderRisk.Domain;

namespace InsiderRisk.Integrations.Sinks;

/// <summary>The local sinks' records, one per effect, readable per case by the app (effects view, local runs).</summary>
public interface ISinkRecordStore
{
    Task<SinkRecord?> FindAsync(CaseId caseId, EffectId effectId, CancellationToken cancellationToken = default);

    /// <summary>Insert or replace: a retried effect keeps one record.</summary>
    Task RecordAsync(SinkRecord record, CancellationToken cancellationToken = default);

    /// <summary>Every record of the case, in effect id order.</summary>
    Task<IReadOnlyList<SinkRecord>> ListAsync(CaseId caseId, CancellationToken cancellationToken = default);
}
