namespace InsiderRisk.Domain.Risk;

/// <summary>How a resolved case was classified, as far as risk scoring cares.</summary>
/// <remarks>Mirrors the case classification without depending on the Cases feature.</remarks>
public enum RiskCaseOutcome
{
    Benign,
    ConfirmedPolicyViolation,
}
