using System.Collections.Immutable;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Domain.Tests.Cases;

/// <summary>Given(history) / When(command) / Then(events or error) for the case decider, no mocks.</summary>
internal sealed class CaseSpec(ImmutableArray<CaseEvent> history, CasePolicy policy)
{
    public static CaseSpec Given(params CaseEvent[] history) => new([.. history], CasePolicy.Default);

    public CaseSpec With(CasePolicy newPolicy) => new(history, newPolicy);

    public CaseSpecOutcome When(CaseCommand command)
    {
        var state = CaseDecider.Replay(history);
        return new CaseSpecOutcome(history, state, CaseDecider.Decide(command, state, policy));
    }
}
