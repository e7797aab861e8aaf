using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Platform.Audit;

namespace InsiderRisk.Functions.Platform.Access;

/// <summary>Asks the domain's authorizer; audits and answers 403 on a denial.</summary>
public sealed class AccessGuard(IAuditLog audit, TimeProvider time, ILogger<AccessGuard> logger) : IAccessGuard
{
    public async Task<IResult?> DenyUnlessAllowedAsync(
        HttpContext http,
        Capability capability,
        string action,
        string target,
        CaseAccess? caseAccess = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        var principal = http.GetPrincipal();
        var decision = Authorizer.Authorize(principal, capability, caseAccess);
        if (decision.Allowed)
        {
            return null;
        }

        await audit.WriteAsync(
            new AuditEntry(time.GetUtcNow(), principal.UserId, action, target, AuditOutcome.Denied, decision.Reason),
            cancellationToken);
        logger.LogInformation("Denied {Action} on {Target}: {Capability}", action, target, capability);
        return TypedResults.Problem(
            detail: decision.Reason,
            statusCode: StatusCodes.Status403Forbidden,
            title: "Forbidden");
    }
}
