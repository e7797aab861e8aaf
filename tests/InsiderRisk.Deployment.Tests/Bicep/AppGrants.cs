namespace InsiderRisk.Deployment.Tests.Bicep;

/// <summary>What the templates create and what they grant the app identity (roles.bicep's <c>appPrincipalId</c>).</summary>
public static class AppGrants
{
    public const string AppPrincipal = "appPrincipalId";

    public static BicepModel Model { get; } = new();

    public static BicepFile Roles { get; } = Model.ModuleFile(RoleGrants.RolesModule);

    public static IEnumerable<RoleGrant> All => RoleGrants.In(Roles).Where(grant => grant.Principal == AppPrincipal);

    /// <summary>Names of the resources of a type (by suffix) a module creates.</summary>
    public static List<string> Provisioned(string module, string typeSuffix)
    {
        var file = Model.ModuleFile(module);
        return [.. file.Resources.Where(r => !r.Existing && r.Type.EndsWith(typeSuffix, StringComparison.Ordinal)).SelectMany(r => Model.Names(file, r))];
    }

    /// <summary>Names of the resources of a type (by suffix) on which the app identity holds <paramref name="role"/>.</summary>
    public static List<string> Granted(string role, string scopeTypeSuffix) =>
        [.. All.Where(g => g.Role == role && g.Scope.Type.EndsWith(scopeTypeSuffix, StringComparison.Ordinal)).SelectMany(g => Model.Names(Roles, g.Scope))];

    public static void AssertCovered(string kind, IEnumerable<string> used, IReadOnlyCollection<string> provisioned, IReadOnlyCollection<string> granted)
    {
        var notProvisioned = used.Where(name => !provisioned.Contains(name)).ToList();
        var notGranted = used.Where(name => !granted.Contains(name)).ToList();

        Assert.True(notProvisioned.Count == 0, $"The app uses {kind}s the templates do not create: {string.Join(", ", notProvisioned)}.");
        Assert.True(notGranted.Count == 0, $"The app identity has no role on the {kind}s: {string.Join(", ", notGranted)} (infra/modules/roles.bicep).");
    }

    /// <summary>The app's grant on the resource of <paramref name="type"/> whose name roles.bicep gets from <paramref name="module"/>.</summary>
    public static RoleGrant? OnModuleResource(string type, string module) =>
        All.FirstOrDefault(grant => grant.Scope.Type == type
            && grant.Scope.Property("name") is { } name
            && BicepModel.ModuleOf(Model.ModuleParam(RoleGrants.RolesModule, name)) == module);

    public static void AssertGrantedOnModuleResource(string role, string type, string module, string use)
    {
        var grant = OnModuleResource(type, module);
        Assert.True(grant is not null, $"{use}: the app identity has no role on the {type} of module '{module}'.");
        Assert.Equal(role, grant.Role);
    }
}
