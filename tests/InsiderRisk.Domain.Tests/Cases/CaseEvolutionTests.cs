using FsCheck;
using FsCheck.Fluent;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed class CaseEvolutionTests
{
    [Fact]
    public void GivenAFullLifecycle_WhenItsHistoryIsReplayed_ThenTheStateIsTheSame()
    {
        var scenario = FullLifecycle();

        Assert.Equal(CaseJson.SerializeState(scenario.State), CaseJson.SerializeState(CaseDecider.Replay(scenario.History)));
        Assert.Equal(scenario.History.Length, scenario.State.Version);
    }

    [Fact]
    public void GivenAFullLifecycle_WhenEveryEffectIsInspected_ThenItsIdNamesTheCaseAndTheRequestingEventsSequence()
    {
        var history = FullLifecycle().History;

        for (var i = 0; i < history.Length; i++)
        {
            if (history[i] is IRequestsEffect request)
            {
                Assert.Equal(Fx(i + 1), request.Effect.EffectId);
                Assert.DoesNotContain(request.Effect.EffectId.Value, c => c is '/' or '\\' or '#' or '?');
            }
        }
    }

    [Fact]
    public void GivenTheSameStateAndCommand_WhenDecidedTwice_ThenTheEventsAreIdentical()
    {
        var state = FullLifecycle().State;
        var command = AddNote("after close") with { At = At(99) };

        Assert.Equal(
            CaseSpecOutcome.Stored(CaseDecider.Decide(command, state, CasePolicy.Default).Events),
            CaseSpecOutcome.Stored(CaseDecider.Decide(command, state, CasePolicy.Default).Events));
    }

    [Fact]
    public void GivenCaseEffectIds_WhenBuilt_ThenTheyAreTheCaseIdAndTheZeroPaddedSequence()
    {
        Assert.Equal(new EffectId("case-0001-fx00000003"), CaseEffectIds.For(new CaseId("case-0001"), 3));
        Assert.Equal("n00000012", CaseNoteIds.For(12));
    }

    [Fact]
    public void GivenRandomCommandSequences_WhenDecidedOneByOne_ThenStateIsAPureFoldOfTheHistory()
    {
        var steps = Gen.Choose(0, 10_000).ArrayOf().Select(array => array.Take(40).ToArray());

        Check.QuickThrowOnFailure(Prop.ForAll(steps.ToArbitrary(), (Action<int[]>)HistoryFoldsToTheDecidedState));
    }

    private static void HistoryFoldsToTheDecidedState(int[] steps)
    {
        var scenario = new Scenario(CasePolicy.Default);
        scenario.Do(OpenCase(Alert("alert-0")));
        var state = scenario.State;
        var history = scenario.History.ToList();
        for (var i = 0; i < steps.Length; i++)
        {
            var decision = CaseDecider.Decide(RandomCommands.For(steps[i], i + 1, state), state, CasePolicy.Default);
            state = CaseDecider.Fold(state, decision.Events);
            history.AddRange(decision.Events);
        }

        Assert.Equal(history.Count, state.Version);
        Assert.Equal(CaseJson.SerializeState(state), CaseJson.SerializeState(CaseDecider.Replay(history)));
        var readBack = history.Select(e => CaseJson.Serialize(e)).Select(stored => CaseJson.Deserialize(stored.Type, stored.Data));
        Assert.Equal(CaseJson.SerializeState(state), CaseJson.SerializeState(CaseDecider.Replay(readBack)));
        Assert.Equal(CaseJson.SerializeState(state), CaseJson.SerializeState(CaseJson.DeserializeState(CaseJson.SerializeState(state))));
    }
}
