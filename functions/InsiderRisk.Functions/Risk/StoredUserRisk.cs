using InsiderRisk.Domain;
using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Functions.Risk;

/// <summary>
/// A user's stored assessment and the inputs it was computed from. <see cref="ContributionsOmitted"/>
/// counts the lowest-ranked contributions left out because the row would exceed the entity size limit
/// (beyond rank ~2,000 each adds less than 0.001 points); the score itself always counts every alert.
/// <see cref="SignIns"/> are the user's sign-ins already in <c>SignIns</c> when it was saved (null: not
/// known, as for rows saved before it was kept or with too many to keep), so a rescore records only new ones.
/// </summary>
public sealed record StoredUserRisk(
    UserPseudonym User,
    UserRiskAssessment Assessment,
    RiskInputsFingerprint Fingerprint,
    int ContributionsOmitted = 0,
    IReadOnlyList<SignInId>? SignIns = null);
