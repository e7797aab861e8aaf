using Azure.Core;

namespace InsiderRisk.Storage.Azure.Connection;

/// <summary>
/// Where the storage account is and how to authenticate to it: a shared key (connection strings)
/// or a <see cref="TokenCredential"/> (Microsoft Entra ID). Never shows a key in
/// <see cref="ToString"/> or in an exception message.
/// </summary>
public sealed class StorageConnection
{
    /// <summary>The scope Entra ID tokens for Azure Storage are requested for.</summary>
    public const string StorageScope = "https://storage.azure.com/.default";

    private StorageConnection(Uri? tableEndpoint, Uri? queueEndpoint, StorageSharedKey? sharedKey, TokenCredential? credential)
    {
        if (tableEndpoint is null && queueEndpoint is null)
        {
            throw new FormatException("A storage connection needs a table or a queue endpoint.");
        }

        TableEndpoint = tableEndpoint is null ? null : TrimTrailingSlash(tableEndpoint);
        QueueEndpoint = queueEndpoint is null ? null : TrimTrailingSlash(queueEndpoint);
        SharedKey = sharedKey;
        Credential = credential;
    }

    /// <summary>Table service base URI, e.g. https://acct.table.core.windows.net or http://127.0.0.1:10002/devstoreaccount1.</summary>
    public Uri? TableEndpoint { get; }

    public Uri? QueueEndpoint { get; }

    /// <summary>Set for key-based connections.</summary>
    public StorageSharedKey? SharedKey { get; }

    /// <summary>Set for Entra ID connections.</summary>
    public TokenCredential? Credential { get; }

    /// <summary>Parses a storage connection string (see <see cref="StorageConnectionString"/>).</summary>
    public static StorageConnection Parse(string connectionString) => StorageConnectionString.Parse(connectionString);

    public static StorageConnection WithSharedKey(Uri? tableEndpoint, Uri? queueEndpoint, StorageSharedKey sharedKey) =>
        new(tableEndpoint, queueEndpoint, sharedKey ?? throw new ArgumentNullException(nameof(sharedKey)), null);

    public static StorageConnection WithCredential(Uri? tableEndpoint, Uri? queueEndpoint, TokenCredential credential) =>
        new(tableEndpoint, queueEndpoint, null, credential ?? throw new ArgumentNullException(nameof(credential)));

    /// <summary>
    /// Reads a Functions-style connection named <paramref name="prefix"/> (see
    /// <see cref="StorageConnectionSettings"/>); null when nothing is configured under that name.
    /// </summary>
    public static StorageConnection? FromSettings(string prefix, Func<string, string?> lookup) =>
        StorageConnectionSettings.Read(prefix, lookup);

    public static StorageConnection? FromSettings(string prefix, IReadOnlyDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return StorageConnectionSettings.Read(prefix, name => settings.TryGetValue(name, out var value) ? value : null);
    }

    public override string ToString()
    {
        var auth = SharedKey is not null ? SharedKey.ToString() : $"TokenCredential({Credential?.GetType().Name})";
        return $"Tables={TableEndpoint?.ToString() ?? "none"}; Queues={QueueEndpoint?.ToString() ?? "none"}; Auth={auth}";
    }

    private static Uri TrimTrailingSlash(Uri uri)
    {
        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new FormatException("A storage endpoint must be an absolute http or https URI.");
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new FormatException("A storage endpoint may not carry a query or fragment.");
        }

        var text = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(text, UriKind.Absolute);
    }
}
