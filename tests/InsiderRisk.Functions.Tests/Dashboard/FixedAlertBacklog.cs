using InsiderRisk.Domain.Dashboard;
using InsiderRisk.Functions.Dashboard;

namespace InsiderRisk.Functions.Tests.Dashboard;

/// <summary>An in-memory <see cref="IAlertBacklog"/> (our own port) answering fixed counts.</summary>
public sealed class FixedAlertBacklog(SeverityCounts counts) : IAlertBacklog
{
    public Task<SeverityCounts> NeedsReviewAsync(CancellationToken cancellationToken = default) => Task.FromResult(counts);
}
