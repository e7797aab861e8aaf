using InsiderRisk.Domain;
using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// The risk processor, for whatever delivers its work (the queue functions, the local trigger loop):
/// a <c>risk-feedback</c> message → <see cref="ProcessUserAsync"/>; a <c>risk-runs</c> message →
/// <see cref="RunAsync"/>, which queues its own continuation when its budget runs out.
/// </summary>
public interface IRiskProcessor
{
    /// <summary>Rescores the user if anything changed (feedback, alerts, settings, aging); idempotent.</summary>
    Task<RescoreReason> ProcessUserAsync(UserPseudonym user, CancellationToken cancellationToken = default);

    /// <summary>One slice of the run (default budget: <see cref="RiskRunBudget.Default"/>), resuming from its checkpoint.</summary>
    Task<RiskRunSlice> RunAsync(string runId, RiskRunBudget? budget = null, CancellationToken cancellationToken = default);
}
