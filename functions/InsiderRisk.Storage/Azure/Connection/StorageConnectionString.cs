namespace InsiderRisk.Storage.Azure.Connection;

/// <summary>
/// Storage connection strings: <c>UseDevelopmentStorage=true</c> (Azurite's defaults), or
/// <c>AccountName</c> + <c>AccountKey</c> with <c>DefaultEndpointsProtocol</c>/<c>EndpointSuffix</c>,
/// optionally with explicit <c>TableEndpoint</c>/<c>QueueEndpoint</c>. Error messages name settings,
/// never their values.
/// </summary>
public static class StorageConnectionString
{
    public static StorageConnection Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var settings = Split(connectionString);

        if (settings.TryGetValue("UseDevelopmentStorage", out var dev))
        {
            if (!string.Equals(dev, "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new FormatException("UseDevelopmentStorage may only be 'true'.");
            }

            if (settings.Count > 1)
            {
                throw new FormatException("UseDevelopmentStorage=true takes no other settings; use explicit endpoints and the emulator key instead.");
            }

            return Parse(DevelopmentStorage.ConnectionString());
        }

        if (settings.ContainsKey("SharedAccessSignature"))
        {
            throw new FormatException("SharedAccessSignature connection strings are not supported; use an account key or Microsoft Entra ID.");
        }

        var account = Required(settings, "AccountName");
        var key = new StorageSharedKey(account, Required(settings, "AccountKey"));
        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        if (protocol is not ("http" or "https"))
        {
            throw new FormatException("DefaultEndpointsProtocol must be 'http' or 'https'.");
        }

        var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        return StorageConnection.WithSharedKey(
            Endpoint(settings, "TableEndpoint", $"{protocol}://{account}.table.{suffix}"),
            Endpoint(settings, "QueueEndpoint", $"{protocol}://{account}.queue.{suffix}"),
            key);
    }

    private static Dictionary<string, string> Split(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException("A connection string is a ';'-separated list of name=value settings.");
            }

            var name = part[..equals].Trim();
            if (!settings.TryAdd(name, part[(equals + 1)..].Trim()))
            {
                throw new FormatException($"The connection string sets '{name}' twice.");
            }
        }

        if (settings.Count == 0)
        {
            throw new FormatException("The storage connection string is empty.");
        }

        return settings;
    }

    private static string Required(Dictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"The storage connection string has no {name}.");

    private static Uri Endpoint(Dictionary<string, string> settings, string name, string fallback)
    {
        var text = settings.GetValueOrDefault(name, fallback);
        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw new FormatException($"The connection string's {name} is not an absolute URI.");
    }
}
