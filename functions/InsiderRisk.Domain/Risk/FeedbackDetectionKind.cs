namespace InsiderRisk.Domain.Risk;

public enum FeedbackDetectionKind
{
    AdminConfirmedUserCompromised,
    AdminConfirmedSignInCompromised,
    CaseConfirmedPolicyViolation,
}
