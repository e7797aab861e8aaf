using FsCheck;
using FsCheck.Fluent;
using InsiderRisk.Domain.Dashboard;
using static InsiderRisk.Domain.Tests.Dashboard.Builders;

namespace InsiderRisk.Domain.Tests.Dashboard;

public sealed class DashboardTallyTests
{
    [Fact]
    public void GivenCasesAddedOneByOne_WhenViewed_ThenTheNumbersMatchAFullComputation()
    {
        Assert.Equal(MixedView(), TallyOf(Mixed()).View(SomeAlerts, Now));
    }

    [Fact]
    public void GivenAnActiveCase_WhenItCloses_ThenItMovesFromActiveToClosed()
    {
        var opened = ActiveOpened(TimeSpan.FromHours(10));
        var tally = TallyOf([opened, ActiveOpened(TimeSpan.FromHours(20))]);

        tally.Replace(opened, opened with { ClosedAt = Now });

        Assert.Equal(new DashboardView(1, new CaseCounts(1, 1), 20.0, SomeAlerts), tally.View(SomeAlerts, Now));
    }

    [Fact]
    public void GivenACaseNeverAdded_WhenRemoved_ThenItIsRefused()
    {
        var tally = TallyOf([ActiveOpened(TimeSpan.FromHours(10))]);

        Assert.Throws<InvalidOperationException>(() => tally.Remove(ClosedOpened(TimeSpan.FromHours(10), TimeSpan.FromHours(1))));
        Assert.Throws<InvalidOperationException>(() => tally.Remove(ActiveOpened(TimeSpan.FromHours(11))));
        Assert.Equal(1, tally.View(SomeAlerts, Now).ActiveCases);
    }

    [Fact]
    public void GivenAPrunedTally_WhenViewedLater_ThenItStillMatchesAFullComputation()
    {
        var later = Now.AddDays(12);
        var tally = TallyOf(Mixed());

        tally.Prune(later);

        Assert.Equal(DashboardCalculator.Compute(Mixed(), SomeAlerts, later), tally.View(SomeAlerts, later));
    }

    [Fact]
    public void GivenAnOldCaseWhoseBucketWasPruned_WhenItCloses_ThenOnlyTheActiveNumbersChange()
    {
        var old = ActiveOpened(TimeSpan.FromDays(40));
        var tally = TallyOf([old, ActiveOpened(TimeSpan.FromHours(10))]);
        tally.Prune(Now);

        tally.Replace(old, old with { ClosedAt = Now });

        Assert.Equal(new DashboardView(1, new CaseCounts(1, 0), 10.0, SomeAlerts), tally.View(SomeAlerts, Now));
    }

    [Fact]
    public void GivenAnyCasesAddedAndSomeRemoved_WhenViewed_ThenTheTallyAgreesWithAFullComputation()
    {
        var summaries = Gen.Zip(Gen.Choose(-60, 24 * 60), Gen.Choose(-1, 24 * 60))
            .Select(pair => pair.Item2 < 0
                ? ActiveOpened(TimeSpan.FromHours(pair.Item1))
                : ClosedOpened(TimeSpan.FromHours(pair.Item1), TimeSpan.FromHours(Math.Min(pair.Item1, pair.Item2))));

        Check.QuickThrowOnFailure(Prop.ForAll(Gen.ArrayOf(summaries).ToArbitrary(), cases =>
        {
            var tally = TallyOf(cases);
            var kept = new List<CaseSummary>();
            for (var i = 0; i < cases.Length; i++)
            {
                if (i % 3 == 0)
                {
                    tally.Remove(cases[i]);
                }
                else
                {
                    kept.Add(cases[i]);
                }
            }

            return DashboardCalculator.Compute(kept, SomeAlerts, Now) == tally.View(SomeAlerts, Now);
        }));
    }
}
