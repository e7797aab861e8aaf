using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Domain.Risk;

/// <summary>
/// Which of a user's alerts count toward their score at <c>now</c>: detected at or after the window
/// start (a detection slightly ahead of <c>now</c>, from clock skew, still counts); NeedsReview,
/// Confirmed, or Resolved in a ConfirmedPolicyViolation case; never Dismissed or in a Benign case;
/// not of a sign-in confirmed safe; and, after a dismissal, detected strictly after it.
/// </summary>
public sealed class RiskCountingRules
{
    private readonly UserRiskProfile _profile;

    private RiskCountingRules(UserRiskProfile profile, DateTimeOffset windowStart)
    {
        _profile = profile;
        WindowStart = windowStart;
    }

    public DateTimeOffset WindowStart { get; }

    public static RiskCountingRules For(UserRiskProfile profile, RiskScoringSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(settings);
        return new RiskCountingRules(profile, settings.WindowStart(now));
    }

    public bool Counts(in RiskAlertFact alert) =>
        StatusCounts(alert)
        && alert.DetectedAt >= WindowStart
        && !(_profile.DismissedAt is { } dismissedAt && alert.DetectedAt <= dismissedAt)
        && !(alert.SignInId is { } signInId && _profile.IsConfirmedSafe(signInId));

    private static bool StatusCounts(in RiskAlertFact alert) =>
        alert.CaseOutcome != RiskCaseOutcome.Benign
        && alert.Status switch
        {
            AlertStatus.NeedsReview or AlertStatus.Confirmed => true,
            AlertStatus.Resolved => alert.CaseOutcome == RiskCaseOutcome.ConfirmedPolicyViolation,
            _ => false,
        };
}
