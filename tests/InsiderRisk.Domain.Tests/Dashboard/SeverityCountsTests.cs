using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Dashboard;

namespace InsiderRisk.Domain.Tests.Dashboard;

public sealed class SeverityCountsTests
{
    [Fact]
    public void GivenNoAlerts_WhenAlertsArriveAndAreTriaged_ThenEachSeverityIsCountedApart()
    {
        var counts = SeverityCounts.None
            .Add(Severity.High)
            .Add(Severity.High)
            .Add(Severity.Medium)
            .Add(Severity.Low)
            .Add(Severity.High, -1);

        Assert.Equal(new SeverityCounts(High: 1, Medium: 1, Low: 1), counts);
        Assert.Equal(3, counts.Total);
    }
}
