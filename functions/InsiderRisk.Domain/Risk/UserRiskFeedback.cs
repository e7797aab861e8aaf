using System.Collections.Immutable;

namespace InsiderRisk.Domain.Risk;

/// <summary>
/// Applies feedback to a user's profile, one row of the feedback table per case below. Feedback
/// that changes something bumps the version and makes the user Pending until re-assessed; feedback
/// that changes nothing (e.g. a repeated confirmation) returns the profile as it was.
/// </summary>
public static class UserRiskFeedback
{
    /// <param name="now">When the feedback was given (not when it is processed).</param>
    public static UserRiskProfile Apply(UserRiskProfile profile, RiskFeedback feedback, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(feedback);
        UserRiskProfile next = feedback switch
        {
            RiskFeedback.SignInConfirmedSafe f => WithSignIn(profile, f.SignInId, RiskState.ConfirmedSafe, now),
            RiskFeedback.SignInConfirmedCompromised f => WithSignIn(profile, f.SignInId, RiskState.ConfirmedCompromised, now),
            RiskFeedback.UserConfirmedCompromised => profile with { CompromisedAt = profile.CompromisedAt ?? now },
            RiskFeedback.UserRiskDismissed => Dismissed(profile, now),
            RiskFeedback.CaseResolved f => WithCase(profile, f, now),
            _ => throw new ArgumentOutOfRangeException(nameof(feedback), feedback, "Unknown risk feedback."),
        };
        return next == profile
            ? profile
            : next with { Version = profile.Version + 1, ProcessingState = RiskProcessingState.Pending };
    }

    private static UserRiskProfile WithSignIn(UserRiskProfile profile, SignInId signInId, RiskState state, DateTimeOffset now) =>
        profile.SignIns.TryGetValue(signInId, out SignInFeedback current) && current.State == state
            ? profile
            : profile with { SignIns = profile.SignIns.SetItem(signInId, new SignInFeedback(state, now)) };

    // Irreversible: DismissedAt only moves forward, and everything confirmed before it is closed.
    private static UserRiskProfile Dismissed(UserRiskProfile profile, DateTimeOffset now)
    {
        ImmutableDictionary<SignInId, SignInFeedback> signIns = profile.SignIns;
        foreach ((SignInId signInId, SignInFeedback feedback) in profile.SignIns)
        {
            if (feedback.State == RiskState.ConfirmedCompromised)
            {
                signIns = signIns.SetItem(signInId, new SignInFeedback(RiskState.Dismissed, now));
            }
        }

        DateTimeOffset dismissedAt = profile.DismissedAt is { } earlier && earlier > now ? earlier : now;
        return profile with { DismissedAt = dismissedAt, CompromisedAt = null, SignIns = signIns };
    }

    // A case resolves once; a re-delivered resolution keeps the first.
    private static UserRiskProfile WithCase(UserRiskProfile profile, RiskFeedback.CaseResolved resolved, DateTimeOffset now) =>
        profile.Cases.ContainsKey(resolved.CaseId)
            ? profile
            : profile with { Cases = profile.Cases.Add(resolved.CaseId, new CaseResolution(resolved.Outcome, now)) };
}
