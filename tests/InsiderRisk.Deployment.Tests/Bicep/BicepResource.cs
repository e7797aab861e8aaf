namespace InsiderRisk.Deployment.Tests.Bicep;

/// <summary>
/// A <c>resource</c> declaration: its symbol (<c>parent::child</c> when nested), full type, whether it
/// is <c>existing</c>, its loop (<c>for item in collection</c>) and the text inside its braces.
/// </summary>
public sealed record BicepResource(string Symbol, string Type, bool Existing, string? LoopVariable, string? LoopCollection, string Body)
{
    public string? Property(string name) => BicepSyntax.Entry(Body, name);

    /// <summary>A nested property, e.g. <c>Property("properties", "roleDefinitionId")</c>.</summary>
    public string? Property(string outer, string inner) =>
        Property(outer) is { } value && BicepSyntax.FirstObject(value) is { } body ? BicepSyntax.Entry(body, inner) : null;
}
