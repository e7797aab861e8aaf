using InsiderRisk.Bench.Recompute;

namespace InsiderRisk.Bench.Tests.Recompute;

public sealed class RecomputeDataTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GivenUsersAndAlerts_WhenGenerated_ThenAboutTheAskedAlertsArriveNoneNearTheWindowsEdgeAndAgainTheSame()
    {
        var data = new RecomputeData(users: 2_000, alerts: 20_000, seed: 3, Now);

        var users = data.Users().ToList();
        var alerts = users.SelectMany(user => user.Alerts).ToList();

        Assert.Equal(2_000, users.Count);
        Assert.InRange(alerts.Count, 19_000, 21_000);
        Assert.DoesNotContain(alerts, alert => Now - alert.DetectedAt >= TimeSpan.FromDays(89) && Now - alert.DetectedAt <= TimeSpan.FromDays(91));
        Assert.Equal(alerts.Count, alerts.Select(alert => alert.AlertId).Distinct().Count());
        Assert.Equal(users[17].Alerts, data.Users().ElementAt(17).Alerts);
    }
}
