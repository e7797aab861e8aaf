using Microsoft.Extensions.Configuration;

namespace InsiderRisk.Integrations.Graph;

/// <summary>
/// <c>Graph__TenantId</c>, <c>Graph__ClientId</c>, <c>Graph__ClientSecret</c>, <c>Graph__BaseUrl</c>.
/// A class rather than a record so that printing it can never print the secret.
/// </summary>
public sealed class GraphSettings
{
    public const string Section = "Graph";
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    public string? TenantId { get; init; }

    /// <summary>The app registration (with a secret) or the user-assigned managed identity (without).</summary>
    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public string BaseUrl { get; init; } = DefaultBaseUrl;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often, and how many times, one attempt asks whether a new team is ready before handing back to the runner.</summary>
    public TimeSpan TeamPollInterval { get; init; } = TimeSpan.FromSeconds(10);

    public int TeamPollAttempts { get; init; } = 12;

    /// <summary>Graph is used once a tenant or a client id is set; otherwise its effects go to the local sink.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) || !string.IsNullOrWhiteSpace(ClientId);

    public bool UsesClientSecret => !string.IsNullOrWhiteSpace(ClientSecret);

    public Uri BaseUri => new(BaseUrl.TrimEnd('/'), UriKind.Absolute);

    /// <summary>The app-only scope of the Graph cloud that <see cref="BaseUrl"/> points at (national clouds included).</summary>
    public string Scope => $"https://{BaseUri.Host}/.default";

    public static GraphSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var baseUrl = section["BaseUrl"];
        return new GraphSettings
        {
            TenantId = Blank(section["TenantId"]),
            ClientId = Blank(section["ClientId"]),
            ClientSecret = Blank(section["ClientSecret"]),
            BaseUrl = string.IsNullOrWhiteSpace(baseUrl) ? DefaultBaseUrl : baseUrl.Trim(),
        };
    }

    public override string ToString() =>
        $"Graph {BaseUrl} tenant={TenantId ?? "-"} client={ClientId ?? "-"} auth={(UsesClientSecret ? "client secret" : "managed identity")}";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
