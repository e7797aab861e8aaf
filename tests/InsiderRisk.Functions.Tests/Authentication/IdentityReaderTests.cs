using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Authentication;
using Microsoft.AspNetCore.Http;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Authentication;

public sealed class IdentityReaderTests
{
    private static HeaderDictionary Headers(params (string Name, string Value)[] headers)
    {
        var dictionary = new HeaderDictionary();
        foreach (var (name, value) in headers)
        {
            dictionary.Append(name, value);
        }

        return dictionary;
    }

    private static Principal Identified(IdentityResult result) =>
        Assert.IsType<IdentityResult.Identified>(result).Principal;

    [Fact]
    public void Development_reads_user_and_roles_in_any_case_across_headers()
    {
        var result = DevelopmentIdentity.Read(Headers(DevUser(" casey@contoso.test "), DevRoles("analyst, ,INVESTIGATOR"), DevRoles("Auditor")));

        var principal = Identified(result);
        Assert.Equal("casey@contoso.test", principal.UserId);
        Assert.Equal(new HashSet<Role> { Role.Analyst, Role.Investigator, Role.Auditor }, principal.Roles);
    }

    [Fact]
    public void Development_without_roles_is_a_caller_with_no_roles()
    {
        Assert.Empty(Identified(DevelopmentIdentity.Read(Headers(DevUser()))).Roles);
    }

    [Theory]
    [InlineData("Superuser")]
    [InlineData("1")]
    [InlineData("Admins")]
    public void Development_unknown_or_numeric_role_is_reported(string role)
    {
        var result = DevelopmentIdentity.Read(Headers(DevUser(), DevRoles($"Admin,{role}")));

        Assert.Equal([role], Assert.IsType<IdentityResult.UnknownRoles>(result).Names);
    }

    [Fact]
    public void Development_without_user_is_missing_even_with_roles()
    {
        Assert.IsType<IdentityResult.Missing>(DevelopmentIdentity.Read(Headers(DevRoles("Admin"), DevUser("  "))));
    }

    [Fact]
    public void Development_two_users_is_invalid()
    {
        Assert.IsType<IdentityResult.Invalid>(DevelopmentIdentity.Read(Headers(DevUser("a@x.test"), DevUser("b@x.test"))));
    }

    [Fact]
    public void EasyAuth_user_id_comes_from_name_typ_first()
    {
        var header = ClientPrincipal(
            [("oid", "00000000-0000-0000-0000-000000000001"), ("custom_name", "named@contoso.test"), ("preferred_username", "preferred@contoso.test")],
            nameType: "custom_name");

        Assert.Equal("named@contoso.test", Identified(EasyAuthIdentity.Read(Headers(EasyAuth(header)))).UserId);
    }

    [Theory]
    [InlineData("preferred_username", "p@contoso.test")]
    [InlineData("upn", "u@contoso.test")]
    [InlineData("http://schemas.microsoft.com/identity/claims/objectidentifier", "00000000-0000-0000-0000-000000000002")]
    [InlineData("oid", "00000000-0000-0000-0000-000000000003")]
    public void EasyAuth_user_id_falls_back_to_well_known_claims(string type, string value)
    {
        var header = ClientPrincipal([(type, value), ("name", "Display Name")], nameType: "missing_claim");

        Assert.Equal(value, Identified(EasyAuthIdentity.Read(Headers(EasyAuth(header)))).UserId);
    }

    [Fact]
    public void EasyAuth_roles_come_from_role_typ_and_roles_claims_and_unknown_ones_are_ignored()
    {
        var header = ClientPrincipal(
        [
            ("upn", AnyUser),
            ("http://schemas.microsoft.com/ws/2008/06/identity/claims/role", "Admin"),
            ("roles", "auditor"),
            ("roles", "Global Reader"),
            ("groups", "Investigator"),
        ]);

        Assert.Equal(new HashSet<Role> { Role.Admin, Role.Auditor }, Identified(EasyAuthIdentity.Read(Headers(EasyAuth(header)))).Roles);
    }

    [Fact]
    public void EasyAuth_without_header_is_missing()
    {
        Assert.IsType<IdentityResult.Missing>(EasyAuthIdentity.Read(Headers()));
    }

    [Theory]
    [InlineData("%%%")]
    [InlineData("eyJjbGFpbXMiOg==")] // {"claims":  (truncated JSON)
    [InlineData("eyJjbGFpbXMiOjF9")] // {"claims":1}
    public void EasyAuth_malformed_header_is_invalid(string header)
    {
        Assert.IsType<IdentityResult.Invalid>(EasyAuthIdentity.Read(Headers(EasyAuth(header))));
    }
}
