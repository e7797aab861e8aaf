using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Dashboard;

namespace InsiderRisk.Functions.Telemetry;

/// <summary>
/// The telemetry contract (infra/README.md "Telemetry contract"), one method per event. Each call writes
/// the structured log line and, when Application Insights is configured, queues the event for the
/// exporter; it never blocks, throws for a transport problem, or carries a user identity.
/// </summary>
public interface ITelemetryEvents
{
    /// <summary>After each ingest batch: alerts stored, already-known alert ids, items rejected.</summary>
    void AlertsIngested(int count, int duplicates, int invalid);

    /// <summary>Alerts in NeedsReview per severity, by SweepOutbox on every run.</summary>
    void TriageBacklog(SeverityCounts backlog);

    /// <summary>Once per effect, when it reaches its final state (Succeeded, or Failed after retries).</summary>
    void CaseEffectCompleted(EffectKind kind, EffectStatus outcome, int attempts);

    /// <summary>A message the app saw go to a poison or dead-letter queue, by its queue's name.</summary>
    void MessagePoisoned(string queue);

    /// <summary>At the end of each risk recomputation.</summary>
    void RiskRunCompleted(string runId, long usersScored, TimeSpan duration);
}
