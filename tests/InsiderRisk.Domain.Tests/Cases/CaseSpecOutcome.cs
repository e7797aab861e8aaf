using System.Collections.Immutable;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Domain.Tests.Cases;

/// <summary>What a decision gave, with the assertions of Then.</summary>
internal sealed record CaseSpecOutcome(ImmutableArray<CaseEvent> History, CaseState Before, DecisionResult Decision)
{
    public CaseState After => CaseDecider.Fold(Before, Decision.Events);

    /// <summary>Events compare by their stored form (name + JSON), which also proves they serialize.</summary>
    public CaseSpecOutcome Then(params CaseEvent[] expected)
    {
        Assert.Null(Decision.Error);
        Assert.Equal(Stored(expected), Stored(Decision.Events));
        return this;
    }

    public CaseSpecOutcome ThenNothing()
    {
        Assert.Null(Decision.Error);
        Assert.Empty(Decision.Events);
        return this;
    }

    public CaseSpecOutcome ThenError(DomainErrorKind kind, string code)
    {
        var error = Assert.IsType<DomainError>(Decision.Error);
        Assert.Equal((kind, code), (error.Kind, error.Code));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Empty(Decision.Events);
        return this;
    }

    public CaseSpecOutcome ThenState(Action<CaseState> assert)
    {
        assert(After);
        return this;
    }

    public static IEnumerable<string> Stored(IEnumerable<CaseEvent> events) =>
        events.Select(e => CaseJson.Serialize(e)).Select(stored => $"{stored.Type} {stored.Data}");
}
