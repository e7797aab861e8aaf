namespace InsiderRisk.Domain.Access;

/// <summary>
/// The one place that decides who may do what. A role grants a capability everywhere; being a listed
/// contributor grants <see cref="PermissionMatrix.ContributorGrants"/> on that case only. Anything
/// not granted is denied. Reasons name roles and capabilities, never the caller's identity.
/// </summary>
public static class Authorizer
{
    public static AccessDecision Authorize(Principal principal, Capability capability, CaseAccess? caseAccess)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var roles = principal.Roles.Where(Enum.IsDefined).Order().ToList();
        var granting = roles.Where(role => PermissionMatrix.RoleGrants(role, capability)).Select(role => (Role?)role).FirstOrDefault();
        if (granting is { } role)
        {
            return AccessDecision.Allow($"Role {role} grants {capability}.");
        }

        var listed = caseAccess is not null && caseAccess.Lists(principal.UserId);
        if (listed && PermissionMatrix.ContributorGrants(capability))
        {
            return AccessDecision.Allow($"Contributors of case {caseAccess!.CaseId} have {capability} on that case.");
        }

        return AccessDecision.Deny(DenialReason(roles, capability, caseAccess, listed));
    }

    private static string DenialReason(List<Role> roles, Capability capability, CaseAccess? caseAccess, bool listed)
    {
        var held = roles.Count switch
        {
            0 => "the caller has no role",
            1 => $"role {roles[0]} does not grant it",
            _ => $"roles {string.Join(", ", roles)} do not grant it",
        };
        var needed = PermissionMatrix.RolesGranting(capability);
        var needs = needed.Count == 0 ? "" : $" {capability} needs role {string.Join(" or ", needed)}.";
        var contribution = (caseAccess, listed) switch
        {
            (null, _) => "",
            (_, true) => $" Contributors of case {caseAccess.CaseId} may only {ContributorCapabilities()} on it.",
            (_, false) => $" The caller is not a contributor of case {caseAccess.CaseId}.",
        };
        return $"Denied {capability}: {held}.{needs}{contribution}";
    }

    private static string ContributorCapabilities() =>
        string.Join(" and ", Enum.GetValues<Capability>().Where(PermissionMatrix.ContributorGrants));
}
