namespace InsiderRisk.Integrations.Email;

/// <summary>Parses <c>endpoint=https://…;accesskey=…</c>. Errors name the part that is wrong and never echo the text.</summary>
internal static class AcsConnectionString
{
    public static (Uri Endpoint, AcsAccessKey Key) Parse(string connectionString)
    {
        string? endpoint = null;
        string? accessKey = null;
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw Invalid("every part must be name=value");
            }

            var name = part[..equals].Trim();
            var value = part[(equals + 1)..].Trim();
            if (name.Equals("endpoint", StringComparison.OrdinalIgnoreCase))
            {
                endpoint = value;
            }
            else if (name.Equals("accesskey", StringComparison.OrdinalIgnoreCase))
            {
                accessKey = value;
            }
        }

        if (string.IsNullOrEmpty(endpoint) || string.IsNullOrEmpty(accessKey))
        {
            throw Invalid("it needs both endpoint= and accesskey=");
        }

        var key = AcsAccessKey.FromBase64(accessKey) ?? throw Invalid("the access key is not base64");
        return (AcsEndpoint.Parse(endpoint, EmailOptions.ConnectionStringSetting), key);
    }

    private static EmailConfigurationException Invalid(string why) =>
        new($"{EmailOptions.ConnectionStringSetting} is not an ACS connection string (endpoint=https://…;accesskey=…): {why}.");
}
