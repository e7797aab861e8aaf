using Azure.Core;
using Azure.Identity;

namespace InsiderRisk.Functions.Telemetry;

/// <summary>
/// The identity the exporter signs in as when <see cref="AppInsightsAuthentication.UseEntraId"/>: the
/// user-assigned managed identity named by its client id, else <see cref="DefaultAzureCredential"/>
/// (a system-assigned identity in Azure, a developer's sign-in locally). Replaceable for tests.
/// </summary>
public sealed class TelemetryCredentials(Func<AppInsightsAuthentication, TokenCredential> create)
{
    public static TelemetryCredentials Azure { get; } = new(Create);

    public TokenCredential For(AppInsightsAuthentication authentication) => create(authentication);

    private static TokenCredential Create(AppInsightsAuthentication authentication) => authentication.ClientId is { } clientId
        ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
        : new DefaultAzureCredential();
}
