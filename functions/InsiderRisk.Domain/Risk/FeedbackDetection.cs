namespace InsiderRisk.Domain.Risk;

/// <summary>
/// A detection that feedback added to a user (Identity-Protection style). Each holds the user at
/// High at least: the score is raised to <see cref="FloorScore"/> while it is active.
/// </summary>
public sealed record FeedbackDetection(
    FeedbackDetectionKind Kind,
    DateTimeOffset At,
    SignInId? SignInId = null,
    CaseId? CaseId = null)
{
    public int FloorScore => RiskLevels.HighFrom;

    public string Name => Kind switch
    {
        FeedbackDetectionKind.AdminConfirmedUserCompromised => "Admin confirmed user compromised",
        FeedbackDetectionKind.AdminConfirmedSignInCompromised => "Admin confirmed sign-in compromised",
        FeedbackDetectionKind.CaseConfirmedPolicyViolation => "Case resolved as confirmed policy violation",
        _ => Kind.ToString(),
    };
}
