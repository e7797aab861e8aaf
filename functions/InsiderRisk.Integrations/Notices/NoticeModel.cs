using System.Collections.Immutable;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Integrations.Notices;

/// <summary>The values a notice's placeholders take for one case; missing values render as empty text.</summary>
public sealed record NoticeModel(
    string UserDisplayName,
    string UserEmail,
    string CaseName,
    ImmutableArray<string> Policies,
    string ManagerName,
    string Organization,
    string CaseLink)
{
    /// <summary>Plausible values for checking a template before it is saved.</summary>
    public static NoticeModel Sample { get; } = new(
        "Megan Bowen", "megan@contoso.com", "Data copied before resignation", ["Data leaks"], "Alex Wilber", "Contoso", "https://insiderrisk.contoso.com/cases/IR-1");

    public static NoticeModel For(EffectCaseContext caseContext)
    {
        ArgumentNullException.ThrowIfNull(caseContext);
        var user = caseContext.RealUser;
        return new NoticeModel(
            user?.DisplayName ?? string.Empty,
            user?.Email ?? string.Empty,
            caseContext.CaseName,
            [.. caseContext.Policies],
            user?.Manager ?? string.Empty,
            caseContext.Organization,
            caseContext.CaseLink?.ToString() ?? string.Empty);
    }

    /// <summary>
    /// Only strings and a list of strings reach the template engine, so a template can read these
    /// values and nothing else of ours.
    /// </summary>
    internal Dictionary<string, object> ToContext() => new(StringComparer.Ordinal)
    {
        [NoticePlaceholders.UserDisplayName] = UserDisplayName,
        [NoticePlaceholders.UserEmail] = UserEmail,
        [NoticePlaceholders.CaseName] = CaseName,
        [NoticePlaceholders.PolicyNames] = string.Join(", ", Policies.IsDefault ? [] : Policies),
        [NoticePlaceholders.Policies] = Policies.IsDefault ? Array.Empty<string>() : Policies.ToArray(),
        [NoticePlaceholders.ManagerName] = ManagerName,
        [NoticePlaceholders.Organization] = Organization,
        [NoticePlaceholders.CaseLink] = CaseLink,
    };
}
