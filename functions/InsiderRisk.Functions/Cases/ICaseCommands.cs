using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Cases;

/// <summary>
/// The one path every change to a case takes: load the stream, decide with the current settings,
/// append the events and the outbox rows of their effects atomically (retrying on the fresh state
/// when a concurrent writer won), bring the read models up to date, and hand the effects to the queue.
/// </summary>
public interface ICaseCommands
{
    Task<CaseCommandResult> ExecuteAsync(CaseCommand command, CancellationToken cancellationToken = default);

    /// <summary>The current state (snapshot + later events), or null when the case does not exist.</summary>
    Task<CaseState?> LoadAsync(CaseId caseId, CancellationToken cancellationToken = default);
}

/// <summary>The outcome of a command: the new state and the events it appended (none for a repeat), or a domain error.</summary>
public sealed record CaseCommandResult(CaseState? State, IReadOnlyList<CaseEvent> Events, DomainError? Error)
{
    public bool Succeeded => Error is null;

    public static CaseCommandResult Failure(DomainError error) => new(null, [], error);
}
