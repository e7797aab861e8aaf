using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Platform.Audit;

namespace InsiderRisk.Functions.Users;

public static class UserRiskEndpoints
{
    public const string ReadAction = "user.risk.read";
    public const string ConfirmCompromisedAction = "user.risk.confirm-compromised";
    public const string DismissAction = "user.risk.dismiss";

    public static async Task<IResult> GetRiskAsync(string userId, [AsParameters] UsersServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (await services.Guard.DenyUnlessAllowedAsync(services.Http, Capability.ViewCases, ReadAction, services.Users.AuditTarget(userId), cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        if (await services.Users.ResolveKnownAsync(userId, cancellationToken) is not { } user)
        {
            return UsersProblems.UnknownUser();
        }

        var displayId = await services.Directory.DisplayIdAsync(user, cancellationToken);
        if (await services.Risks.GetAsync(user, cancellationToken) is not { } stored)
        {
            return TypedResults.Ok(UserRiskView.NotYetScored(displayId));
        }

        var profile = await services.Profiles.GetAsync(user, cancellationToken);
        return TypedResults.Ok(UserRiskView.Of(displayId, stored, profile.Profile.ProcessingState));
    }

    public static Task<IResult> ConfirmCompromisedAsync(string userId, [AsParameters] UsersServices services, CancellationToken cancellationToken) =>
        RecordAsync(userId, services, new RiskFeedback.UserConfirmedCompromised(), ConfirmCompromisedAction, cancellationToken);

    public static Task<IResult> DismissAsync(string userId, [AsParameters] UsersServices services, CancellationToken cancellationToken) =>
        RecordAsync(userId, services, new RiskFeedback.UserRiskDismissed(), DismissAction, cancellationToken);

    private static async Task<IResult> RecordAsync(
        string userId, UsersServices services, RiskFeedback feedback, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (await services.Guard.DenyUnlessAllowedAsync(services.Http, Capability.RiskFeedback, action, services.Users.AuditTarget(userId), cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        if (await services.Users.ResolveKnownAsync(userId, cancellationToken) is not { } user)
        {
            return UsersProblems.UnknownUser();
        }

        var now = services.Clock.GetUtcNow();
        var profile = await services.Recorder.RecordAsync(user, feedback, now, cancellationToken);
        await services.Audit.WriteAsync(new AuditEntry(now, services.Http.GetPrincipal().UserId, action, user.Value, AuditOutcome.Succeeded), cancellationToken);
        var displayId = await services.Directory.DisplayIdAsync(user, cancellationToken);
        return TypedResults.Accepted(
            $"/api/users/{Uri.EscapeDataString(displayId)}/risk",
            new FeedbackAccepted(displayId, null, profile.ProcessingState));
    }
}
