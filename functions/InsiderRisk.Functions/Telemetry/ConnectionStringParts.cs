namespace InsiderRisk.Functions.Telemetry;

/// <summary>The <c>Key=Value;Key=Value</c> form of Application Insights' connection and authentication strings.</summary>
internal static class ConnectionStringParts
{
    public static Dictionary<string, string> Parse(string text)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"'{part.Split('=')[0]}' is not a Key=Value pair.");
            }

            parts[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        return parts;
    }
}
