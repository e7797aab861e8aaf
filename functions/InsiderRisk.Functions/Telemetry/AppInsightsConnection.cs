namespace InsiderRisk.Functions.Telemetry;

/// <summary>
/// Where events go: the component's instrumentation key and ingestion endpoint from
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>, and how to sign in from
/// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c>. Its text never shows the key.
/// </summary>
public sealed record AppInsightsConnection(string InstrumentationKey, Uri IngestionEndpoint, AppInsightsAuthentication Authentication)
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AuthenticationStringSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>The global ingestion endpoint, used when the connection string names none.</summary>
    public static readonly Uri DefaultIngestionEndpoint = new("https://dc.services.visualstudio.com/");

    /// <summary>The batch endpoint under the ingestion endpoint, whatever its trailing slash.</summary>
    public Uri TrackUri => new($"{IngestionEndpoint.AbsoluteUri.TrimEnd('/')}/v2.1/track");

    /// <summary>Null when no connection string is set (a local run: events go to the log only).</summary>
    public static AppInsightsConnection? FromSettings(string? connectionString, string? authenticationString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null;
        }

        var parts = ConnectionStringParts.Parse(connectionString);
        if (!parts.TryGetValue("InstrumentationKey", out var key) || string.IsNullOrWhiteSpace(key))
        {
            throw new FormatException($"{ConnectionStringSetting} has no InstrumentationKey.");
        }

        return new AppInsightsConnection(key, Endpoint(parts), AppInsightsAuthentication.Parse(authenticationString));
    }

    private static Uri Endpoint(Dictionary<string, string> parts)
    {
        if (parts.TryGetValue("IngestionEndpoint", out var endpoint) && !string.IsNullOrWhiteSpace(endpoint))
        {
            return Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                ? uri
                : throw new FormatException($"{ConnectionStringSetting} has an IngestionEndpoint that is not an http(s) URL.");
        }

        // A sovereign cloud's connection string may give only its suffix; the ingestion host is dc.<suffix>.
        return parts.TryGetValue("EndpointSuffix", out var suffix) && !string.IsNullOrWhiteSpace(suffix)
            ? new Uri($"https://dc.{suffix.Trim('.', '/')}/")
            : DefaultIngestionEndpoint;
    }

    public override string ToString() => $"Application Insights at {IngestionEndpoint} ({Authentication})";
}
