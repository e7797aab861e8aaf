using Azure.Core;
using Azure.Identity;

namespace InsiderRisk.Integrations.Graph;

/// <summary>
/// A client secret when one is configured (local runs, other clouds); otherwise the app's managed
/// identity, user-assigned when a client id is given, so no secret needs to exist in Azure at all.
/// </summary>
public static class GraphCredentials
{
    public static TokenCredential For(GraphSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.UsesClientSecret)
        {
            if (settings.TenantId is null || settings.ClientId is null)
            {
                throw new InvalidOperationException("Graph__ClientSecret needs Graph__TenantId and Graph__ClientId.");
            }

            return new ClientSecretCredential(settings.TenantId, settings.ClientId, settings.ClientSecret);
        }

        var identity = settings.ClientId is null
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(settings.ClientId);
        return new ManagedIdentityCredential(identity);
    }
}
