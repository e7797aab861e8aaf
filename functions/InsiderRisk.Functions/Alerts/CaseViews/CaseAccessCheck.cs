using InsiderRisk.Domain;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Alerts.Http;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Platform.Access;

namespace InsiderRisk.Functions.Alerts.CaseViews;

/// <summary>
/// The case routes' access rule: a known case is checked with its contributors (so a contributor sees
/// their own case); an unknown one answers 404 only to a caller whose roles could view it, else 403.
/// </summary>
public static class CaseAccessCheck
{
    public static async Task<(CaseState? State, IResult? Problem)> LoadAsync(
        HttpContext http, IAccessGuard guard, ICaseCommands cases, string caseId, Capability capability, string action, CancellationToken cancellationToken)
    {
        var id = new CaseId(caseId);
        var state = CaseIdRules.IsValid(id) ? await cases.LoadAsync(id, cancellationToken) : null;
        if (state is null)
        {
            var denied = await guard.DenyUnlessAllowedAsync(http, capability, action, caseId, cancellationToken: cancellationToken);
            return (null, denied ?? ApiProblems.NotFound(CaseIdRules.IsValid(id) ? $"Case '{caseId}' does not exist." : "The case does not exist."));
        }

        var access = new CaseAccess(id, state.Contributors);
        return await guard.DenyUnlessAllowedAsync(http, capability, action, caseId, access, cancellationToken) is { } forbidden
            ? (null, forbidden)
            : (state, null);
    }
}
