using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Risk.IdentityFeedback;

/// <summary>The Graph call of an action, as the ledger and the audit describe it (never with the user's directory id).</summary>
public static class IdentityFeedbackCall
{
    public static string Verb(IdentityFeedbackAction action) => action == IdentityFeedbackAction.Dismiss ? "dismiss" : "confirmCompromised";

    public static string AuditAction(IdentityFeedbackAction action) =>
        action == IdentityFeedbackAction.Dismiss ? "user.risk.identity-feedback.dismiss" : "user.risk.identity-feedback.confirm-compromised";

    /// <summary>The request as it is (or would be) sent, the id replaced by a description.</summary>
    public static string Describe(IdentityFeedbackAction action, UserPseudonym user) =>
        $$$"""{"method":"POST","path":"/identityProtection/riskyUsers/{{{Verb(action)}}}","body":{"userIds":["<directory id of {{{user.Value}}}>"]}}""";
}
