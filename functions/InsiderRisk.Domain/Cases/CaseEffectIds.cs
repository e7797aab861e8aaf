using System.Globalization;

namespace InsiderRisk.Domain.Cases;

/// <summary>
/// Effect ids are derived from the case id and the sequence of the event that asks for the effect, so
/// a retried decision yields the same id and the effect runs at most once. Safe as a table key as
/// long as the case id is (see <see cref="CaseIdRules"/>).
/// </summary>
public static class CaseEffectIds
{
    public static EffectId For(CaseId caseId, long sequence) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{caseId.Value}-fx{sequence:D8}"));
}
