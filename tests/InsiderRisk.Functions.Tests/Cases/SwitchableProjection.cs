using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;

namespace InsiderRisk.Functions.Tests.Cases;

/// <summary>A read model that fails while switched off, as one whose store is down; it records what it was given.</summary>
public sealed class SwitchableProjection : ICaseProjection
{
    public bool Failing { get; set; } = true;

    public List<(long Version, int Events)> Calls { get; } = [];

    public Task ProjectAsync(CaseState state, IReadOnlyList<CaseEvent> newEvents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(newEvents);
        if (Failing)
        {
            throw new InvalidOperationException("The read model store is down.");
        }

        Calls.Add((state.Version, newEvents.Count));
        return Task.CompletedTask;
    }
}
