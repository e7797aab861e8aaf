using System.Security.Claims;
using InsiderRisk.Domain.Access;

namespace InsiderRisk.Functions.Authentication;

/// <summary>The domain's <see cref="Principal"/> as ASP.NET Core's <see cref="ClaimsPrincipal"/>, and back.</summary>
public static class PrincipalClaims
{
    public static ClaimsPrincipal ToClaimsPrincipal(Principal principal, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var claims = new List<Claim> { new(ClaimTypes.Name, principal.UserId) };
        claims.AddRange(principal.Roles.Order().Select(role => new Claim(ClaimTypes.Role, role.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>Null when the claims principal is not an authenticated caller.</summary>
    public static Principal? ToPrincipal(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            return null;
        }

        var roles = user.FindAll(ClaimTypes.Role)
            .Select(claim => RoleNames.TryParse(claim.Value, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .ToHashSet();
        return new Principal(name, roles);
    }
}
