namespace InsiderRisk.Domain.Cases;

/// <summary>
/// A case id becomes a table partition key and the prefix of effect ids, so it must avoid the
/// characters Azure Tables forbids in keys (/ \ # ? and control characters).
/// </summary>
public static class CaseIdRules
{
    public const int MaxLength = 200;

    public static bool IsValid(CaseId caseId) =>
        !string.IsNullOrWhiteSpace(caseId.Value)
        && caseId.Value.Length <= MaxLength
        && !caseId.Value.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}
