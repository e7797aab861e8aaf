using Azure.Core;
using Azure.Identity;

namespace InsiderRisk.Storage.Azure.Connection;

/// <summary>
/// Functions' conventions for a connection named <c>prefix</c>: the setting <c>prefix</c> itself is
/// a connection string; otherwise identity-based settings <c>prefix__accountName</c>,
/// <c>prefix__tableServiceUri</c>, <c>prefix__queueServiceUri</c>, <c>prefix__credential</c>
/// (<c>managedidentity</c>) and <c>prefix__clientId</c> select Microsoft Entra ID.
/// ':' works in place of '__' (configuration-style names).
/// </summary>
public static class StorageConnectionSettings
{
    public static StorageConnection? Read(string prefix, Func<string, string?> lookup) =>
        Read(prefix, lookup, CreateCredential);

    /// <summary>As <see cref="Read(string, Func{string, string?})"/> with a chosen credential factory (credential setting, client id).</summary>
    public static StorageConnection? Read(string prefix, Func<string, string?> lookup, Func<string?, string?, TokenCredential> credentialFactory)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(credentialFactory);

        var connectionString = lookup(prefix);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return StorageConnectionString.Parse(connectionString);
        }

        string? Setting(string name)
        {
            var value = lookup($"{prefix}__{name}") ?? lookup($"{prefix}:{name}");
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        var account = Setting("accountName");
        var tableUri = Setting("tableServiceUri");
        var queueUri = Setting("queueServiceUri");
        if (account is null && tableUri is null && queueUri is null)
        {
            return null;
        }

        var credential = Setting("credential");
        if (credential is not null && !string.Equals(credential, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"{prefix}__credential may only be 'managedidentity'.");
        }

        return StorageConnection.WithCredential(
            ServiceUri(prefix, "tableServiceUri", tableUri, account, "table"),
            ServiceUri(prefix, "queueServiceUri", queueUri, account, "queue"),
            credentialFactory(credential, Setting("clientId")));
    }

    /// <summary>managedidentity → that identity (user-assigned when a client id is given); otherwise DefaultAzureCredential.</summary>
    public static TokenCredential CreateCredential(string? credentialSetting, string? clientId)
    {
        if (credentialSetting is not null)
        {
            return new ManagedIdentityCredential(clientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    private static Uri? ServiceUri(string prefix, string name, string? explicitUri, string? account, string service)
    {
        if (explicitUri is not null)
        {
            return Uri.TryCreate(explicitUri, UriKind.Absolute, out var uri)
                ? uri
                : throw new FormatException($"{prefix}__{name} is not an absolute URI.");
        }

        return account is null ? null : new Uri($"https://{account}.{service}.core.windows.net");
    }
}
