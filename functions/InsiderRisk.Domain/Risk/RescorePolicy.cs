namespace InsiderRisk.Domain.Risk;

/// <summary>
/// Incremental recompute: a user is rescored only if never scored, if any input changed since the
/// stored assessment, or if time alone changed it: <c>now</c> is past the assessment's
/// <see cref="UserRiskAssessment.ValidUntil"/> (its oldest counted alert or case floor left the window).
/// Nothing enters the window by time alone, so no other time check is needed.
/// </summary>
public static class RescorePolicy
{
    /// <param name="last">The fingerprint stored with the last assessment; null if never scored.</param>
    /// <param name="lastValidUntil">The last assessment's <see cref="UserRiskAssessment.ValidUntil"/>.</param>
    public static RescoreReason Decide(
        RiskInputsFingerprint? last,
        DateTimeOffset? lastValidUntil,
        RiskInputsFingerprint current,
        DateTimeOffset now) =>
        last is not { } previous ? RescoreReason.NeverScored
        : previous != current ? RescoreReason.InputsChanged
        : now > lastValidUntil ? RescoreReason.AgedOut
        : RescoreReason.UpToDate;

    public static bool MustRescore(
        RiskInputsFingerprint? last,
        DateTimeOffset? lastValidUntil,
        RiskInputsFingerprint current,
        DateTimeOffset now) =>
        Decide(last, lastValidUntil, current, now) != RescoreReason.UpToDate;
}
