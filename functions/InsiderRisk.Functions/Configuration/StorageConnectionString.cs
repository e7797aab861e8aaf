namespace InsiderRisk.Functions.Configuration;

/// <summary>Tells the store kind from a storage connection string's keys, without keeping any value.</summary>
public static class StorageConnectionString
{
    private const string EmulatorAccount = "devstoreaccount1";

    public static StoreKind? KindOf(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var pairs = Parse(connectionString);
        if (pairs is null)
        {
            return null;
        }

        if (pairs.TryGetValue("UseDevelopmentStorage", out var development))
        {
            return string.Equals(development, "true", StringComparison.OrdinalIgnoreCase) ? StoreKind.Azurite : null;
        }

        if (pairs.TryGetValue("AccountName", out var account) && string.Equals(account, EmulatorAccount, StringComparison.Ordinal))
        {
            return StoreKind.Azurite;
        }

        var endpoints = new[] { "TableEndpoint", "QueueEndpoint", "BlobEndpoint" }
            .Select(key => pairs.GetValueOrDefault(key)).OfType<string>().ToList();
        if (endpoints.Any(IsLoopback))
        {
            return StoreKind.Azurite;
        }

        return account is { Length: > 0 } || endpoints.Count > 0 ? StoreKind.Azure : null;
    }

    private static Dictionary<string, string>? Parse(string connectionString)
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return null;
            }

            pairs[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        return pairs.Count == 0 ? null : pairs;
    }

    private static bool IsLoopback(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "127.0.0.1");
}
