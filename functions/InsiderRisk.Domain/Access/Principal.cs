namespace InsiderRisk.Domain.Access;

/// <summary>An authenticated caller: their user id (UPN or object id) and app roles.</summary>
public sealed record Principal(string UserId, IReadOnlySet<Role> Roles)
{
    public bool IsInRole(Role role) => Roles.Contains(role);
}
