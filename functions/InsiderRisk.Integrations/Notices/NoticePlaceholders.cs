namespace InsiderRisk.Integrations.Notices;

/// <summary>
/// The placeholders a notice template may use, Handlebars style (<c>{{caseName}}</c>). A template
/// naming any other is refused when saved (and would render as nothing). <see cref="Policies"/> is a list for <c>{{#each policies}}…{{/each}}</c>.
/// </summary>
public static class NoticePlaceholders
{
    public const string UserDisplayName = "userDisplayName";
    public const string UserEmail = "userEmail";
    public const string CaseName = "caseName";
    public const string PolicyNames = "policyNames";
    public const string Policies = "policies";
    public const string ManagerName = "managerName";
    public const string Organization = "organization";
    public const string CaseLink = "caseLink";

    public static IReadOnlyList<string> All { get; } =
        [UserDisplayName, UserEmail, CaseName, PolicyNames, Policies, ManagerName, Organization, CaseLink];
}
