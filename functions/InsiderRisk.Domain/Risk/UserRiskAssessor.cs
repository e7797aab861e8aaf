namespace InsiderRisk.Domain.Risk;

/// <summary>
/// A user's assessment: the formula over the alerts that count, boosters, then the floors that
/// feedback holds (<see cref="FeedbackDetections"/>).
/// </summary>
public static class UserRiskAssessor
{
    /// <param name="alerts">All of the user's alerts; the counting rules pick the ones that count.</param>
    public static UserRiskAssessment Assess(
        UserRiskProfile profile,
        IEnumerable<RiskAlertFact> alerts,
        RiskBoosterMembership membership,
        RiskScoringSettings settings,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(settings);
        RiskCountingRules rules = RiskCountingRules.For(profile, settings, now);
        var counted = new List<RiskAlertFact>();
        DateTimeOffset? oldestInput = null;
        foreach (RiskAlertFact alert in alerts)
        {
            if (rules.Counts(alert))
            {
                counted.Add(alert);
                oldestInput = Earliest(oldestInput, alert.DetectedAt);
            }
        }

        RiskScoreExplanation explanation = RiskScoreExplainer.Explain(counted);
        int boosted = RiskBoosters.Apply(explanation.Score, membership, settings);
        IReadOnlyList<FeedbackDetection> detections = FeedbackDetections.Active(profile, settings, now);
        int score = boosted;
        foreach (FeedbackDetection detection in detections)
        {
            score = Math.Max(score, detection.FloorScore);
            if (detection.Kind == FeedbackDetectionKind.CaseConfirmedPolicyViolation)
            {
                oldestInput = Earliest(oldestInput, detection.At);
            }
        }

        return new UserRiskAssessment(
            score,
            RiskLevels.FromScore(score),
            StateOf(profile, score),
            explanation.Score,
            boosted,
            explanation.Contributions,
            RiskBoosters.Applied(membership, settings),
            detections,
            now,
            profile.Version,
            oldestInput + settings.Window);
    }

    private static RiskState StateOf(UserRiskProfile profile, int score) =>
        profile.CompromisedAt is not null ? RiskState.ConfirmedCompromised
        : score > 0 ? RiskState.AtRisk
        : profile.DismissedAt is not null ? RiskState.Dismissed
        : RiskState.None;

    private static DateTimeOffset Earliest(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } earlier && earlier <= candidate ? earlier : candidate;
}
