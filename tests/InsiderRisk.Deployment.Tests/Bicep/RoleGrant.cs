namespace InsiderRisk.Deployment.Tests.Bicep;

/// <summary>
/// A role assignment of roles.bicep: the resource it is scoped to, the role (a built-in role id, or
/// <c>custom:&lt;symbol&gt;</c> for a role definition of the template) and the principal expression.
/// </summary>
public sealed record RoleGrant(BicepResource Assignment, BicepResource Scope, string Role, string Principal);
