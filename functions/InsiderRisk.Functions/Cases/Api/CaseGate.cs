using InsiderRisk.Domain;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Platform.Access;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>
/// The first step of every case-scoped route: load the case, then ask the guard with the case's own
/// contributors (so per-case contributors work). An unknown case answers 404 only to a caller whose
/// roles already grant the capability; anyone else gets the guard's (audited) 403.
/// </summary>
public sealed class CaseGate(ICaseCommands cases, IAccessGuard guard)
{
    public async Task<CaseGateResult> EnterAsync(HttpContext http, string caseId, Capability capability, string action, CancellationToken cancellationToken)
    {
        var id = new CaseId(caseId);
        var state = await cases.LoadAsync(id, cancellationToken);
        if (state is null)
        {
            var denied = await guard.DenyUnlessAllowedAsync(http, capability, action, caseId, null, cancellationToken);
            return new CaseGateResult(null, denied ?? CaseResults.NotFound(caseId));
        }

        var refusal = await guard.DenyUnlessAllowedAsync(http, capability, action, caseId, new CaseAccess(id, state.Contributors), cancellationToken);
        return new CaseGateResult(state, refusal);
    }
}

/// <summary>The loaded case, or the response to answer instead (403 or 404).</summary>
public sealed record CaseGateResult(CaseState? State, IResult? Refusal);
