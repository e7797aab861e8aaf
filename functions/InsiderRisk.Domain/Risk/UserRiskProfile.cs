using System.Collections.Immutable;

namespace InsiderRisk.Domain.Risk;

/// <summary>
/// Everything feedback has established about one user; a pure value the app stores per user.
/// Alerts are not in it: they arrive as <see cref="RiskAlertFact"/>s when assessing.
/// </summary>
/// <param name="Version">Bumped by every feedback that changed something; assessments record it.</param>
/// <param name="CompromisedAt">Set by "confirm user compromised"; cleared only by a dismissal.</param>
/// <param name="DismissedAt">The latest dismissal: only alerts detected after it count.</param>
public sealed record UserRiskProfile(
    long Version,
    RiskProcessingState ProcessingState,
    DateTimeOffset? CompromisedAt,
    DateTimeOffset? DismissedAt,
    ImmutableDictionary<SignInId, SignInFeedback> SignIns,
    ImmutableDictionary<CaseId, CaseResolution> Cases)
{
    public static UserRiskProfile Empty { get; } = new(
        0,
        RiskProcessingState.Processed,
        null,
        null,
        ImmutableDictionary<SignInId, SignInFeedback>.Empty,
        ImmutableDictionary<CaseId, CaseResolution>.Empty);

    /// <summary>
    /// Processed once an assessment of this very version is stored; an assessment of an older
    /// version (feedback arrived meanwhile) leaves the profile Pending.
    /// </summary>
    public UserRiskProfile MarkProcessed(UserRiskAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return assessment.ProfileVersion == Version
            ? this with { ProcessingState = RiskProcessingState.Processed }
            : this;
    }

    public bool IsConfirmedSafe(SignInId signInId) =>
        SignIns.TryGetValue(signInId, out SignInFeedback feedback) && feedback.State == RiskState.ConfirmedSafe;
}
