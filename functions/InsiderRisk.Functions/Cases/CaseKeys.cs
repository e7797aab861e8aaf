using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Cases;

/// <summary>
/// Whether a case id can name a stored case: the domain's rules plus the store's own ('|' separates
/// case and effect ids in the outbox index). Anything else names no case, so it is simply not found.
/// </summary>
public static class CaseKeys
{
    public static bool IsStorable(CaseId caseId) =>
        caseId.Value is not null && CaseIdRules.IsValid(caseId) && !caseId.Value.Contains('|', StringComparison.Ordinal);
}
