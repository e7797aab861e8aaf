namespace InsiderRisk.Functions.Telemetry;

/// <summary>
/// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c>: <c>Authorization=AAD</c> (optionally with
/// <c>ClientId=…</c> of a user-assigned identity) sends an Entra ID token, which a component with local
/// auth off requires; anything else, or nothing, sends the instrumentation key alone.
/// </summary>
public sealed record AppInsightsAuthentication(bool UseEntraId, string? ClientId)
{
    /// <summary>The token audience of Azure Monitor ingestion.</summary>
    public const string Scope = "https://monitor.azure.com/.default";

    public static AppInsightsAuthentication None { get; } = new(false, null);

    public static AppInsightsAuthentication Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return None;
        }

        var parts = ConnectionStringParts.Parse(text);
        var entra = parts.TryGetValue("Authorization", out var kind) && string.Equals(kind, "AAD", StringComparison.OrdinalIgnoreCase);
        var clientId = parts.TryGetValue("ClientId", out var id) && !string.IsNullOrWhiteSpace(id) ? id : null;
        return new AppInsightsAuthentication(entra, entra ? clientId : null);
    }

    public override string ToString() => UseEntraId
        ? ClientId is null ? "Entra ID" : "Entra ID as a user-assigned identity"
        : "instrumentation key only";
}
