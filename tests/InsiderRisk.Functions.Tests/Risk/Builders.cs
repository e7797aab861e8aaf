using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>Builders for the risk tests; every time is relative to <see cref="Now"/>.</summary>
internal static class Builders
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    public static RiskAlertFact Fact(string id, int riskScore, DateTimeOffset detectedAt, AlertStatus status = AlertStatus.NeedsReview) =>
        new(new AlertId(id), riskScore, detectedAt, status);
}
