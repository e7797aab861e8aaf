namespace InsiderRisk.Domain.Access;

/// <summary>
/// DOMAIN.md's "Roles and permissions" table as data, row for row. Change a permission here and
/// nowhere else; <see cref="Authorizer"/> only reads it.
/// </summary>
public static class PermissionMatrix
{
    private static readonly Row[] Rows =
    [
        //  Capability                     Admin  Analyst Investigator Auditor Contributor (own case)
        new(Capability.ViewCases,          false, true,   true,        false,  true),
        new(Capability.TriageAlerts,       false, true,   true,        false,  false),
        new(Capability.ActOnCase,          false, true,   true,        false,  true),
        new(Capability.EditContributors,   false, true,   true,        false,  false),
        new(Capability.ViewContent,        false, false,  true,        false,  false),
        new(Capability.RevealIdentity,     false, false,  true,        false,  false),
        new(Capability.RiskFeedback,       false, true,   true,        false,  false),
        new(Capability.Administer,         true,  false,  false,       false,  false),
        new(Capability.ReadAudit,          false, false,  false,       true,   false),
    ];

    public static bool RoleGrants(Role role, Capability capability) => RowFor(capability) is { } row && role switch
    {
        Role.Admin => row.Admin,
        Role.Analyst => row.Analyst,
        Role.Investigator => row.Investigator,
        Role.Auditor => row.Auditor,
        _ => false,
    };

    /// <summary>What being listed as a contributor of a case grants, on that case only.</summary>
    public static bool ContributorGrants(Capability capability) => RowFor(capability)?.Contributor ?? false;

    public static IReadOnlyList<Role> RolesGranting(Capability capability) =>
        [.. Enum.GetValues<Role>().Where(role => RoleGrants(role, capability))];

    private static Row? RowFor(Capability capability) => Rows.FirstOrDefault(row => row.Capability == capability);

    private sealed record Row(Capability Capability, bool Admin, bool Analyst, bool Investigator, bool Auditor, bool Contributor);
}
