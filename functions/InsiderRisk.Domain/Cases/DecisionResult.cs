using System.Collections.Immutable;

namespace InsiderRisk.Domain.Cases;

/// <summary>What <see cref="CaseDecider.Decide"/> answers: the new events (none for a repeat), or why not.</summary>
public sealed record DecisionResult
{
    private DecisionResult(ImmutableArray<CaseEvent> events, DomainError? error)
    {
        Events = events;
        Error = error;
    }

    public static DecisionResult Unchanged { get; } = new([], null);

    public ImmutableArray<CaseEvent> Events { get; }

    public DomainError? Error { get; }

    public bool IsSuccess => Error is null;

    public static DecisionResult Accepted(IEnumerable<CaseEvent> events) => new([.. events], null);

    public static DecisionResult Rejected(DomainError error) => new([], error);

    public static implicit operator DecisionResult(DomainError error) => Rejected(error);

    public static DecisionResult FromDomainError(DomainError error) => Rejected(error);
}
