namespace InsiderRisk.Domain.Risk;

/// <summary>
/// A sign-in's risk. Feedback on it decides outright (confirmed safe → None, confirmed compromised →
/// High). Otherwise its level is the user formula (no boosters) over its detections that count for
/// the user; a sign-in left with nothing counting after a dismissal closed its detections reads Dismissed.
/// </summary>
public static class SignInRiskAssessor
{
    /// <param name="alerts">The user's alerts; those of other sign-ins are ignored.</param>
    public static SignInRiskAssessment Assess(
        UserRiskProfile profile,
        SignInId signInId,
        IEnumerable<RiskAlertFact> alerts,
        RiskScoringSettings settings,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(alerts);
        bool hasFeedback = profile.SignIns.TryGetValue(signInId, out SignInFeedback feedback);
        if (hasFeedback && feedback.State == RiskState.ConfirmedSafe)
        {
            return new SignInRiskAssessment(signInId, RiskLevel.None, RiskState.ConfirmedSafe);
        }

        if (hasFeedback && feedback.State == RiskState.ConfirmedCompromised)
        {
            return new SignInRiskAssessment(signInId, RiskLevel.High, RiskState.ConfirmedCompromised);
        }

        RiskCountingRules rules = RiskCountingRules.For(profile, settings, now);
        Span<int> counts = stackalloc int[RiskScore.MaxScore + 1];
        bool closedByDismissal = hasFeedback && feedback.State == RiskState.Dismissed;
        foreach (RiskAlertFact alert in alerts)
        {
            if (alert.SignInId != signInId)
            {
                continue;
            }

            if (rules.Counts(alert))
            {
                counts[RiskScore.Checked(alert.RiskScore)]++;
            }
            else if (profile.DismissedAt is { } dismissedAt && alert.DetectedAt <= dismissedAt)
            {
                closedByDismissal = true;
            }
        }

        RiskLevel level = RiskLevels.FromScore(RiskScore.FromRaw(RiskScore.RawFromCounts(counts)));
        RiskState state = level > RiskLevel.None ? RiskState.AtRisk
            : closedByDismissal ? RiskState.Dismissed
            : RiskState.None;
        return new SignInRiskAssessment(signInId, level, state);
    }
}
