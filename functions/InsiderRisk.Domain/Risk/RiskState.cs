namespace InsiderRisk.Domain.Risk;

/// <summary>Risk state of a user or a sign-in, as Identity Protection names them.</summary>
/// <remarks>
/// <see cref="Remediated"/> is part of the API contract for a remediation reported from outside
/// (e.g. a secure password reset); no feedback in this product produces it.
/// </remarks>
public enum RiskState
{
    None,
    AtRisk,
    ConfirmedSafe,
    ConfirmedCompromised,
    Dismissed,
    Remediated,
}
