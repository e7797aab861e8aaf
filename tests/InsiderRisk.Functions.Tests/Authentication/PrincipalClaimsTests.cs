using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Authentication;
using Microsoft.AspNetCore.Http;

namespace InsiderRisk.Functions.Tests.Authentication;

public sealed class PrincipalClaimsTests
{
    [Fact]
    public void A_principal_survives_the_claims_round_trip()
    {
        var principal = new Principal(Builders.AnyUser, new HashSet<Role> { Role.Investigator, Role.Auditor });
        var context = new DefaultHttpContext { User = PrincipalClaims.ToClaimsPrincipal(principal, "Development") };

        var read = context.GetPrincipal();

        Assert.Equal(principal.UserId, read.UserId);
        Assert.Equal(principal.Roles, read.Roles);
        Assert.True(context.User.IsInRole("Investigator"));
    }

    [Fact]
    public void An_anonymous_request_has_no_principal()
    {
        var context = new DefaultHttpContext();

        Assert.Null(context.TryGetPrincipal());
        Assert.Throws<InvalidOperationException>(() => context.GetPrincipal());
    }
}
