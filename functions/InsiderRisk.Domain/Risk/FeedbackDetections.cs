namespace InsiderRisk.Domain.Risk;

/// <summary>
/// The feedback detections holding a user at High at <c>now</c>. Confirmed compromise (of the user or
/// of one of their sign-ins) holds until dismissed, like Identity Protection; a case resolved as a
/// confirmed policy violation holds while its resolution is inside the scoring window (it is
/// evidence, like the alerts it rests on) and was given after the latest dismissal.
/// </summary>
public static class FeedbackDetections
{
    public static IReadOnlyList<FeedbackDetection> Active(UserRiskProfile profile, RiskScoringSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(settings);
        var detections = new List<FeedbackDetection>();
        if (profile.CompromisedAt is { } compromisedAt)
        {
            detections.Add(new FeedbackDetection(FeedbackDetectionKind.AdminConfirmedUserCompromised, compromisedAt));
        }

        foreach ((SignInId signInId, SignInFeedback feedback) in profile.SignIns)
        {
            if (feedback.State == RiskState.ConfirmedCompromised)
            {
                detections.Add(new FeedbackDetection(FeedbackDetectionKind.AdminConfirmedSignInCompromised, feedback.At, SignInId: signInId));
            }
        }

        DateTimeOffset windowStart = settings.WindowStart(now);
        foreach ((CaseId caseId, CaseResolution resolution) in profile.Cases)
        {
            if (resolution.Outcome == RiskCaseOutcome.ConfirmedPolicyViolation
                && resolution.ResolvedAt >= windowStart
                && !(profile.DismissedAt is { } dismissedAt && resolution.ResolvedAt <= dismissedAt))
            {
                detections.Add(new FeedbackDetection(FeedbackDetectionKind.CaseConfirmedPolicyViolation, resolution.ResolvedAt, CaseId: caseId));
            }
        }

        // Dictionaries enumerate in hash order; the stored explanation should not.
        detections.Sort(static (a, b) =>
        {
            int byTime = a.At.CompareTo(b.At);
            return byTime != 0 ? byTime : string.CompareOrdinal(SubjectOf(a), SubjectOf(b));
        });
        return detections;
    }

    private static string SubjectOf(FeedbackDetection detection) =>
        $"{(int)detection.Kind}:{detection.SignInId}{detection.CaseId}";
}
