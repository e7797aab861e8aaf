using InsiderRisk.Domain.Access;

namespace InsiderRisk.Functions.Authentication;

/// <summary>
/// Development mode: <c>X-User: &lt;upn&gt;</c> and <c>X-Roles: Analyst,Investigator</c> (comma list, any
/// case, any number of headers). A misspelt role is answered 400 rather than silently dropped, so a
/// local caller sees why they are forbidden.
/// </summary>
public static class DevelopmentIdentity
{
    public const string UserHeader = "X-User";
    public const string RolesHeader = "X-Roles";

    public static IdentityResult Read(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var users = headers[UserHeader].Where(value => !string.IsNullOrWhiteSpace(value)).ToList();
        if (users.Count == 0)
        {
            return new IdentityResult.Missing();
        }

        if (users.Count > 1)
        {
            return new IdentityResult.Invalid($"More than one {UserHeader} header.");
        }

        var roles = new HashSet<Role>();
        var unknown = new List<string>();
        var names = headers[RolesHeader]
            .SelectMany(value => (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        foreach (var name in names)
        {
            if (RoleNames.TryParse(name, out var role))
            {
                roles.Add(role);
            }
            else
            {
                unknown.Add(name);
            }
        }

        return unknown.Count > 0
            ? new IdentityResult.UnknownRoles(unknown)
            : new IdentityResult.Identified(new Principal(users[0]!.Trim(), roles));
    }
}
