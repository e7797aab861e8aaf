using System.Text.RegularExpressions;

namespace InsiderRisk.Deployment.Tests.Bicep;

/// <summary>Reads every role assignment of a template, resolving its scope resource and role.</summary>
public static partial class RoleGrants
{
    public const string RolesModule = "roles";

    public static IReadOnlyList<RoleGrant> In(BicepFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var builtIn = file.Vars.TryGetValue("roles", out var roles) && BicepSyntax.FirstObject(roles) is { } body
            ? BicepSyntax.Entries(body).ToDictionary(entry => entry.Key, entry => entry.Value.Trim('\''), StringComparer.Ordinal)
            : [];
        return
        [
            .. file.Resources
                .Where(resource => resource.Type == "Microsoft.Authorization/roleAssignments")
                .Select(assignment => new RoleGrant(
                    assignment,
                    file.Resource(Indexer().Replace(assignment.Property("scope") ?? throw new InvalidOperationException($"{assignment.Symbol} has no scope."), string.Empty)),
                    Role(assignment.Property("properties", "roleDefinitionId") ?? string.Empty, builtIn),
                    assignment.Property("properties", "principalId") ?? string.Empty)),
        ];
    }

    private static string Role(string definition, Dictionary<string, string> builtIn)
    {
        if (BuiltInReference().Match(definition) is { Success: true } reference && builtIn.TryGetValue(reference.Groups[1].Value, out var id))
        {
            return id;
        }

        return CustomReference().Match(definition) is { Success: true } custom
            ? "custom:" + custom.Groups[1].Value
            : definition;
    }

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Indexer();

    [GeneratedRegex(@"\broles\.(\w+)")]
    private static partial Regex BuiltInReference();

    [GeneratedRegex(@"^(\w+)\.id$")]
    private static partial Regex CustomReference();
}
