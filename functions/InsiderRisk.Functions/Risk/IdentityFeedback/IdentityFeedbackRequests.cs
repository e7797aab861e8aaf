using System.Globalization;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Functions.Platform.Settings;

namespace InsiderRisk.Functions.Risk.IdentityFeedback;

/// <summary>
/// Turns recorded feedback into a pending Entra ID Protection call when the opt-in setting
/// (<c>integrations.identityFeedbackEnabled</c>) is on: a case resolved ConfirmedPolicyViolation →
/// <c>confirmCompromised</c> (one per case), a user-risk dismissal → <c>dismiss</c> (one per dismissal).
/// Written before the <c>risk-feedback</c> message, so the message's loss loses no call.
/// </summary>
public sealed class IdentityFeedbackRequests(IdentityFeedbackLedger ledger, ISettingsStore settings)
{
    public async Task RequestAsync(UserPseudonym user, RiskFeedback feedback, UserRiskProfile after, DateTimeOffset givenAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(after);
        PendingIdentityFeedback? request = feedback switch
        {
            RiskFeedback.UserRiskDismissed when after.DismissedAt is { } at =>
                new(user, IdentityFeedbackAction.Dismiss, at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture), givenAt),
            RiskFeedback.CaseResolved { Outcome: RiskCaseOutcome.ConfirmedPolicyViolation } resolved =>
                new(user, IdentityFeedbackAction.ConfirmCompromised, resolved.CaseId.Value, givenAt),
            _ => null,
        };
        if (request is not null && (await settings.GetAsync(cancellationToken)).Integrations.IdentityFeedbackEnabled)
        {
            await ledger.RequestAsync(request, cancellationToken);
        }
    }
}
