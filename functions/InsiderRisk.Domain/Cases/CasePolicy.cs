using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Domain.Cases;

/// <summary>
/// Settings the case lifecycle follows: how long a case may wait for review by its highest alert
/// severity, and whether a Teams team is requested when a case opens.
/// </summary>
public sealed record CasePolicy(
    TimeSpan HighSeverityReview,
    TimeSpan MediumSeverityReview,
    TimeSpan LowSeverityReview,
    bool TeamsIntegrationEnabled)
{
    public static CasePolicy Default { get; } =
        new(TimeSpan.FromHours(24), TimeSpan.FromHours(72), TimeSpan.FromDays(7), TeamsIntegrationEnabled: false);

    public TimeSpan ReviewSla(Severity severity) => severity switch
    {
        Severity.High => HighSeverityReview,
        Severity.Medium => MediumSeverityReview,
        _ => LowSeverityReview,
    };
}
