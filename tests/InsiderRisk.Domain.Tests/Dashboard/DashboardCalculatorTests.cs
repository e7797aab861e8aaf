using InsiderRisk.Domain.Dashboard;
using static InsiderRisk.Domain.Tests.Dashboard.Builders;

namespace InsiderRisk.Domain.Tests.Dashboard;

public sealed class DashboardCalculatorTests
{
    [Fact]
    public void GivenMixedCases_WhenComputed_ThenEveryNumberMatches()
    {
        Assert.Equal(MixedView(), DashboardCalculator.Compute(Mixed(), SomeAlerts, Now));
    }

    [Fact]
    public void GivenNoCases_WhenComputed_ThenCountsAndAverageAreZero()
    {
        Assert.Equal(
            new DashboardView(0, new CaseCounts(0, 0), 0, SeverityCounts.None),
            DashboardCalculator.Compute([], SeverityCounts.None, Now));
    }

    [Fact]
    public void GivenOnlyClosedCases_WhenComputed_ThenTheAverageAgeIsZero()
    {
        var view = DashboardCalculator.Compute([ClosedOpened(TimeSpan.FromDays(3), TimeSpan.FromDays(1))], SomeAlerts, Now);

        Assert.Equal((0, 0.0, new CaseCounts(0, 1)), (view.ActiveCases, view.AverageActiveCaseAgeHours, view.CasesLast30Days));
    }

    [Theory]
    [InlineData(80, 1.3)]
    [InlineData(95, 1.6)]
    [InlineData(87, 1.5)]
    [InlineData(3, 0.1)]
    [InlineData(2, 0.0)]
    public void GivenOneActiveCase_WhenComputed_ThenItsAgeIsRoundedToATenthOfAnHour(int minutesOld, double expectedHours)
    {
        var view = DashboardCalculator.Compute([ActiveOpened(TimeSpan.FromMinutes(minutesOld))], SomeAlerts, Now);

        Assert.Equal(expectedHours, view.AverageActiveCaseAgeHours);
    }

    [Fact]
    public void GivenACaseOpenedExactly30DaysAgo_WhenComputed_ThenItIsRecent()
    {
        var view = DashboardCalculator.Compute([ActiveOpened(TimeSpan.FromDays(30))], SomeAlerts, Now);

        Assert.Equal(new CaseCounts(1, 0), view.CasesLast30Days);
    }

    [Fact]
    public void GivenACaseOpenedJustOver30DaysAgo_WhenComputed_ThenItIsNotRecent()
    {
        var view = DashboardCalculator.Compute([ActiveOpened(TimeSpan.FromDays(30) + TimeSpan.FromTicks(1))], SomeAlerts, Now);

        Assert.Equal((1, new CaseCounts(0, 0)), (view.ActiveCases, view.CasesLast30Days));
    }

    [Fact]
    public void GivenACaseOpenedAheadOfOurClock_WhenComputed_ThenItCountsButItsAgeIsNotNegative()
    {
        var view = DashboardCalculator.Compute([CaseSummary.Active(Now.AddMinutes(3))], SomeAlerts, Now);

        Assert.Equal(new DashboardView(1, new CaseCounts(1, 0), 0, SomeAlerts), view);
    }

    [Fact]
    public void GivenOpenTimesInOtherOffsets_WhenComputed_ThenTheyAreComparedAsInstants()
    {
        var opened = new DateTimeOffset(2025, 6, 1, 14, 0, 0, TimeSpan.FromHours(5)); // 09:00 UTC, 3 h before Now

        var view = DashboardCalculator.Compute([CaseSummary.Active(opened)], SomeAlerts, Now);

        Assert.Equal(3.0, view.AverageActiveCaseAgeHours);
    }
}
