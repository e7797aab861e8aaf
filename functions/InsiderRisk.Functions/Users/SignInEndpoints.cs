using InsiderRisk.Domain;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Platform.Audit;

namespace InsiderRisk.Functions.Users;

/// <summary>Sign-in risk and feedback. Audit entries name the sign-in's user by pseudonym, the sign-in in the detail.</summary>
public static class SignInEndpoints
{
    public const string ReadAction = "signin.risk.read";
    public const string ConfirmSafeAction = "signin.confirm-safe";
    public const string ConfirmCompromisedAction = "signin.confirm-compromised";

    public static async Task<IResult> GetRiskAsync(string signInId, [AsParameters] UsersServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (await services.Guard.DenyUnlessAllowedAsync(services.Http, Capability.ViewCases, ReadAction, signInId, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var id = new SignInId(signInId);
        if (await services.SignIns.FindUserAsync(id, cancellationToken) is not { } user)
        {
            return UsersProblems.UnknownSignIn();
        }

        var profile = await services.Profiles.GetAsync(user, cancellationToken);
        var alerts = await services.Facts.ReadAsync(user, cancellationToken);
        var context = await services.Contexts.GetAsync(cancellationToken);
        var assessment = SignInRiskAssessor.Assess(profile.Profile, id, alerts, context.Settings, services.Clock.GetUtcNow());
        var displayId = await services.Directory.DisplayIdAsync(user, cancellationToken);
        return TypedResults.Ok(new SignInRiskView(signInId, displayId, assessment.Level, assessment.State));
    }

    public static Task<IResult> ConfirmSafeAsync(string signInId, [AsParameters] UsersServices services, CancellationToken cancellationToken) =>
        RecordAsync(signInId, services, new RiskFeedback.SignInConfirmedSafe(new SignInId(signInId)), ConfirmSafeAction, cancellationToken);

    public static Task<IResult> ConfirmCompromisedAsync(string signInId, [AsParameters] UsersServices services, CancellationToken cancellationToken) =>
        RecordAsync(signInId, services, new RiskFeedback.SignInConfirmedCompromised(new SignInId(signInId)), ConfirmCompromisedAction, cancellationToken);

    private static async Task<IResult> RecordAsync(
        string signInId, UsersServices services, RiskFeedback feedback, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (await services.Guard.DenyUnlessAllowedAsync(services.Http, Capability.RiskFeedback, action, signInId, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        if (await services.SignIns.FindUserAsync(new SignInId(signInId), cancellationToken) is not { } user)
        {
            return UsersProblems.UnknownSignIn();
        }

        var now = services.Clock.GetUtcNow();
        var profile = await services.Recorder.RecordAsync(user, feedback, now, cancellationToken);
        await services.Audit.WriteAsync(
            new AuditEntry(now, services.Http.GetPrincipal().UserId, action, user.Value, AuditOutcome.Succeeded, $"Sign-in {signInId}."),
            cancellationToken);
        var displayId = await services.Directory.DisplayIdAsync(user, cancellationToken);
        return TypedResults.Accepted(
            $"/api/signins/{Uri.EscapeDataString(signInId)}/risk",
            new FeedbackAccepted(displayId, signInId, profile.ProcessingState));
    }
}
