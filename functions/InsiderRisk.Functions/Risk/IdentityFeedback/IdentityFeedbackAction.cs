namespace InsiderRisk.Functions.Risk.IdentityFeedback;

/// <summary>What Entra ID Protection is told: <c>riskyUsers/confirmCompromised</c> or <c>riskyUsers/dismiss</c>.</summary>
public enum IdentityFeedbackAction
{
    ConfirmCompromised,
    Dismiss,
}
