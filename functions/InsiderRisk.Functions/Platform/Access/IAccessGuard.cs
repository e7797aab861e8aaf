using InsiderRisk.Domain.Access;

namespace InsiderRisk.Functions.Platform.Access;

/// <summary>
/// The one place routes ask "may this caller do this?". It asks the domain's <see cref="Authorizer"/>
/// and, on a denial, writes an audit entry and returns the 403 problem to answer with.
/// Usage: <c>if (await guard.DenyUnlessAllowedAsync(http, Capability.ActOnCase, "case.note.add", caseId, access) is { } denied) return denied;</c>
/// </summary>
public interface IAccessGuard
{
    Task<IResult?> DenyUnlessAllowedAsync(
        HttpContext http,
        Capability capability,
        string action,
        string target,
        CaseAccess? caseAccess = null,
        CancellationToken cancellationToken = default);
}
