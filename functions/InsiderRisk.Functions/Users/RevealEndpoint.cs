using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Platform.Audit;
using Microsoft.AspNetCore.Mvc;

namespace InsiderRisk.Functions.Users;

/// <summary>
/// <c>POST /api/users/{userId}/reveal</c>: Investigators only; the reason is required and goes into the
/// audit entry, whose target is the pseudonym. A reveal that finds nobody is audited as Failed too.
/// </summary>
public static class RevealEndpoint
{
    public const string Action = "user.reveal";

    public static async Task<IResult> RevealAsync(
        string userId, [FromBody] RevealRequest? request, [AsParameters] UsersServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var target = services.Users.AuditTarget(userId);
        if (await services.Guard.DenyUnlessAllowedAsync(services.Http, Capability.RevealIdentity, Action, target, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var reason = request?.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > RevealRequest.MaxReasonLength)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["reason"] = [$"A reason of 1 to {RevealRequest.MaxReasonLength} characters is required to reveal an identity."] },
                detail: "The reveal request is invalid.");
        }

        var actor = services.Http.GetPrincipal().UserId;
        var now = services.Clock.GetUtcNow();
        var identity = await services.Directory.ResolveRouteUserAsync(userId, cancellationToken) is { } user
            ? await services.Directory.RevealAsync(user, cancellationToken)
            : null;
        if (identity is null)
        {
            await services.Audit.WriteAsync(new AuditEntry(now, actor, Action, target, AuditOutcome.Failed, $"No identity is known. Reason: {reason}"), cancellationToken);
            return UsersProblems.UnknownIdentity();
        }

        await services.Audit.WriteAsync(new AuditEntry(now, actor, Action, target, AuditOutcome.Succeeded, $"Reason: {reason}"), cancellationToken);
        return TypedResults.Ok(UserViews.Revealed(identity));
    }
}
