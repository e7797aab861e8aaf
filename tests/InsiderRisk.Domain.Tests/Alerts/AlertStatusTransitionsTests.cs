using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Domain.Tests.Alerts;

public sealed class AlertStatusTransitionsTests
{
    // Every (from, to) pair, written out: only triage and resolution move an alert.
    public static TheoryData<AlertStatus, AlertStatus, bool> Table => new()
    {
        { AlertStatus.NeedsReview, AlertStatus.NeedsReview, false },
        { AlertStatus.NeedsReview, AlertStatus.Confirmed, true },
        { AlertStatus.NeedsReview, AlertStatus.Dismissed, true },
        { AlertStatus.NeedsReview, AlertStatus.Resolved, false },
        { AlertStatus.Confirmed, AlertStatus.NeedsReview, false },
        { AlertStatus.Confirmed, AlertStatus.Confirmed, false },
        { AlertStatus.Confirmed, AlertStatus.Dismissed, false },
        { AlertStatus.Confirmed, AlertStatus.Resolved, true },
        { AlertStatus.Dismissed, AlertStatus.NeedsReview, false },
        { AlertStatus.Dismissed, AlertStatus.Confirmed, false },
        { AlertStatus.Dismissed, AlertStatus.Dismissed, false },
        { AlertStatus.Dismissed, AlertStatus.Resolved, false },
        { AlertStatus.Resolved, AlertStatus.NeedsReview, false },
        { AlertStatus.Resolved, AlertStatus.Confirmed, false },
        { AlertStatus.Resolved, AlertStatus.Dismissed, false },
        { AlertStatus.Resolved, AlertStatus.Resolved, false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void GivenAStatus_WhenMovingToAnother_ThenOnlyTheTableAllowsIt(AlertStatus from, AlertStatus to, bool allowed)
    {
        Assert.Equal(allowed, AlertStatusTransitions.IsAllowed(from, to));
    }

    [Fact]
    public void GivenTheTable_ThenItCoversEveryPairOfStatuses()
    {
        var statuses = Enum.GetValues<AlertStatus>();

        Assert.Equal(statuses.Length * statuses.Length, Table.Count());
    }

    [Theory]
    [InlineData(AlertStatus.NeedsReview, false)]
    [InlineData(AlertStatus.Confirmed, false)]
    [InlineData(AlertStatus.Dismissed, true)]
    [InlineData(AlertStatus.Resolved, true)]
    public void GivenAStatus_ThenItIsFinalOnlyWhenNothingFollows(AlertStatus status, bool final)
    {
        Assert.Equal(final, AlertStatusTransitions.IsFinal(status));
    }

    [Fact]
    public void GivenNeedsReview_ThenConfirmedAndDismissedFollow()
    {
        Assert.Equal([AlertStatus.Confirmed, AlertStatus.Dismissed], AlertStatusTransitions.NextFrom(AlertStatus.NeedsReview));
    }
}
