using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Domain.Tests.Cases.Builders;
using static InsiderRisk.Domain.Tests.Cases.Histories;

namespace InsiderRisk.Domain.Tests.Cases;

public sealed class CaseQueriesTests
{
    [Fact]
    public void GivenAFullLifecycle_WhenQueried_ThenViewsGetTotalsSeverityAndNotes()
    {
        var state = FullLifecycle().State;

        Assert.Equal(2, state.TotalPolicyAlerts());
        Assert.Equal(Severity.High, state.HighestSeverity());
        Assert.Equal("Access revoked", state.NotesNewestFirst()[0].Text);
        Assert.Equal("Confirmed from the alert queue", state.NotesNewestFirst()[^1].Text);
        Assert.Empty(state.PendingEffects());
        Assert.True(state.IsContributor(Investigator));
        Assert.Equal(EffectStatus.Failed, state.Effects.Values.Single(effect => effect.Status == EffectStatus.Failed).Status);
    }

    [Fact]
    public void GivenNoCase_WhenQueried_ThenThereIsNothingToShow()
    {
        var state = CaseState.Initial;

        Assert.False(state.Exists);
        Assert.Equal(0, state.TotalPolicyAlerts());
        Assert.Null(state.HighestSeverity());
        Assert.Empty(state.NotesNewestFirst());
        Assert.Null(state.FindEffect(Fx(1)));
    }

    [Fact]
    public void GivenEffectsRequested_WhenListingPending_ThenOnlyUnfinishedEffectsShow()
    {
        var state = CaseDecider.Replay([.. Opened(), .. NoticeRequested(3, At(1)), EffectFailed(Fx(3), At(2))]);

        Assert.Equal([Fx(4)], state.PendingEffects().Select(effect => effect.EffectId));
    }
}
