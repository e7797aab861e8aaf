using InsiderRisk.Domain.Access;
using static InsiderRisk.Domain.Tests.Access.Builders;

namespace InsiderRisk.Domain.Tests.Access;

/// <summary>
/// Every cell of DOMAIN.md's permission table, checked through <see cref="Authorizer.Authorize"/>.
/// The expected table is written out here by hand, independently of the production one.
/// </summary>
public sealed class PermissionMatrixTests
{
    // Columns: Admin, Analyst, Investigator, Auditor, Contributor (own case only).
    private static readonly (Capability Capability, string Cells)[] Rows =
    [
        (Capability.ViewCases,         "-  Y  Y  -  Y"),
        (Capability.TriageAlerts,      "-  Y  Y  -  -"),
        (Capability.ActOnCase,         "-  Y  Y  -  Y"),
        (Capability.EditContributors,  "-  Y  Y  -  -"),
        (Capability.ViewContent,       "-  -  Y  -  -"),
        (Capability.RevealIdentity,    "-  -  Y  -  -"),
        (Capability.RiskFeedback,      "-  Y  Y  -  -"),
        (Capability.Administer,        "Y  -  -  -  -"),
        (Capability.ReadAudit,         "-  -  -  Y  -"),
    ];

    private static readonly Dictionary<Capability, string> Expected = Rows.ToDictionary(row => row.Capability, row => row.Cells);

    private static readonly Role[] Columns = [Role.Admin, Role.Analyst, Role.Investigator, Role.Auditor];
    private const int ContributorColumn = 4;

    public static TheoryData<Role, Capability, bool> RoleCells()
    {
        var data = new TheoryData<Role, Capability, bool>();
        foreach (var (capability, row) in Expected)
        {
            for (var column = 0; column < Columns.Length; column++)
            {
                data.Add(Columns[column], capability, Cell(row, column));
            }
        }

        return data;
    }

    public static TheoryData<Capability, bool> ContributorCells()
    {
        var data = new TheoryData<Capability, bool>();
        foreach (var (capability, row) in Expected)
        {
            data.Add(capability, Cell(row, ContributorColumn));
        }

        return data;
    }

    public static TheoryData<Capability> AllCapabilities() => [.. Enum.GetValues<Capability>()];

    [Fact]
    public void GivenTheExpectedTable_ThenItHasARowPerCapabilityAndAColumnPerRole()
    {
        Assert.Equal(Enum.GetValues<Capability>().Order(), Expected.Keys.Order());
        Assert.Equal(Enum.GetValues<Role>().Order(), Columns.Order());
        Assert.All(Expected.Values, row => Assert.Equal(Columns.Length + 1, row.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
    }

    [Theory]
    [MemberData(nameof(RoleCells))]
    public void GivenARole_WhenAuthorizingWithoutACase_ThenTheCellDecides(Role role, Capability capability, bool allowed)
    {
        Assert.Equal(allowed, Authorizer.Authorize(Caller(role), capability, null).Allowed);
    }

    [Theory]
    [MemberData(nameof(RoleCells))]
    public void GivenARole_WhenAuthorizingOnACaseThatDoesNotListTheCaller_ThenTheCellStillDecides(
        Role role, Capability capability, bool allowed)
    {
        Assert.Equal(allowed, Authorizer.Authorize(Caller(role), capability, OtherCase()).Allowed);
    }

    [Theory]
    [MemberData(nameof(ContributorCells))]
    public void GivenAContributorWithoutRoles_WhenAuthorizingOnTheirOwnCase_ThenTheContributorColumnDecides(
        Capability capability, bool allowed)
    {
        Assert.Equal(allowed, Authorizer.Authorize(Caller(), capability, CaseListingCaller()).Allowed);
    }

    [Theory]
    [MemberData(nameof(AllCapabilities))]
    public void GivenAContributorWithoutRoles_WhenAuthorizingOnAnotherCase_ThenEverythingIsDenied(Capability capability)
    {
        Assert.False(Authorizer.Authorize(Caller(), capability, OtherCase()).Allowed);
    }

    [Theory]
    [MemberData(nameof(AllCapabilities))]
    public void GivenAContributorWithoutRoles_WhenAuthorizingWithoutACase_ThenEverythingIsDenied(Capability capability)
    {
        Assert.False(Authorizer.Authorize(Caller(), capability, null).Allowed);
    }

    [Theory]
    [MemberData(nameof(AllCapabilities))]
    public void GivenAPrincipalWithNoRolesAndNoCase_WhenAuthorizing_ThenEverythingIsDenied(Capability capability)
    {
        var decision = Authorizer.Authorize(Caller("nobody@contoso.com"), capability, null);

        Assert.False(decision.Allowed);
        Assert.Equal($"Denied {capability}: the caller has no role.{NeedsRole(capability)}", decision.Reason);
    }

    [Theory]
    [MemberData(nameof(ContributorCells))]
    public void GivenAContributorHoldingAnUnrelatedRole_WhenAuthorizingOnTheirOwnCase_ThenTheyGetBoth(
        Capability capability, bool contributorAllowed)
    {
        var auditorAllowed = Cell(Expected[capability], Array.IndexOf(Columns, Role.Auditor));

        var decision = Authorizer.Authorize(Caller(Role.Auditor), capability, CaseListingCaller());

        Assert.Equal(contributorAllowed || auditorAllowed, decision.Allowed);
    }

    [Theory]
    [MemberData(nameof(AllCapabilities))]
    public void GivenSeveralRoles_WhenAuthorizing_ThenAnyGrantingRoleIsEnough(Capability capability)
    {
        var expected = Columns.Any(role => role is Role.Admin or Role.Auditor && Cell(Expected[capability], Array.IndexOf(Columns, role)));

        Assert.Equal(expected, Authorizer.Authorize(Caller(Role.Admin, Role.Auditor), capability, null).Allowed);
    }

    private static bool Cell(string row, int column) => row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[column] == "Y";

    private static string NeedsRole(Capability capability)
    {
        var roles = Columns.Where((_, column) => Cell(Expected[capability], column)).ToList();
        return $" {capability} needs role {string.Join(" or ", roles)}.";
    }
}
