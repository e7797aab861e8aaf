using System.Text;
using System.Text.Json;
using InsiderRisk.Domain.Access;

namespace InsiderRisk.Functions.Authentication;

/// <summary>
/// EasyAuth mode: the caller is what <c>X-MS-CLIENT-PRINCIPAL</c> says. The user id is the
/// <c>name_typ</c> claim, else <c>preferred_username</c>, <c>upn</c>, <c>oid</c>; roles are the
/// <c>role_typ</c> and <c>roles</c> claims naming app roles (others, such as groups, are ignored).
/// </summary>
public static class EasyAuthIdentity
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    private static readonly string[] UserIdClaimTypes =
    [
        "preferred_username",
        "upn",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
        "oid",
        "http://schemas.microsoft.com/identity/claims/objectidentifier",
    ];

    public static IdentityResult Read(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var header = headers[PrincipalHeader];
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header[0]))
        {
            return new IdentityResult.Missing();
        }

        if (header.Count > 1)
        {
            return new IdentityResult.Invalid($"More than one {PrincipalHeader} header.");
        }

        return Decode(header[0]!) is not { } principal
            ? new IdentityResult.Invalid($"{PrincipalHeader} is not base64-encoded client principal JSON.")
            : FromClaims(principal);
    }

    private static IdentityResult FromClaims(EasyAuthClientPrincipal principal)
    {
        var claims = (principal.Claims ?? []).OfType<EasyAuthClaim>()
            .Where(claim => !string.IsNullOrWhiteSpace(claim.Type) && !string.IsNullOrWhiteSpace(claim.Value))
            .ToList();
        string? ValueOf(string? type) => type is null ? null
            : claims.FirstOrDefault(claim => string.Equals(claim.Type, type, StringComparison.OrdinalIgnoreCase))?.Value;

        var userId = new[] { principal.NameClaimType }.Concat(UserIdClaimTypes).Select(ValueOf).FirstOrDefault(value => value is not null);
        if (userId is null)
        {
            return new IdentityResult.Invalid($"{PrincipalHeader} carries no user id claim.");
        }

        var roleTypes = new[] { principal.RoleClaimType, "roles" }.OfType<string>().ToList();
        var roles = claims
            .Where(claim => roleTypes.Contains(claim.Type!, StringComparer.OrdinalIgnoreCase))
            .Select(claim => RoleNames.TryParse(claim.Value, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .ToHashSet();
        return new IdentityResult.Identified(new Principal(userId.Trim(), roles));
    }

    private static EasyAuthClientPrincipal? Decode(string header)
    {
        var buffer = new byte[(header.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(header.Trim(), buffer, out var length))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<EasyAuthClientPrincipal>(Encoding.UTF8.GetString(buffer, 0, length));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
