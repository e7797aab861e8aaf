using System.Collections.Immutable;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Domain.Tests.Cases;

/// <summary>Runs commands one after another through the decider, keeping the history; each must succeed.</summary>
internal sealed class Scenario(CasePolicy policy)
{
    public ImmutableArray<CaseEvent> History { get; private set; } = [];

    public CaseState State { get; private set; } = CaseState.Initial;

    public Scenario Do(CaseCommand command)
    {
        var decision = CaseDecider.Decide(command, State, policy);
        Assert.True(decision.IsSuccess, decision.Error?.Message);
        History = History.AddRange(decision.Events);
        State = CaseDecider.Fold(State, decision.Events);
        return this;
    }

    /// <summary>The latest pending effect of <paramref name="kind"/>.</summary>
    public EffectId Pending(EffectKind kind) => State.PendingEffects().Last(effect => effect.Kind == kind).EffectId;
}
