using Azure.Core;
using Azure.Core.Pipeline;

namespace InsiderRisk.Integrations.Email;

/// <summary>
/// Where ACS Email is and how we prove who we are: the access key of a connection string (HMAC), or
/// Entra ID through a <see cref="TokenCredential"/> when only the endpoint is set.
/// </summary>
public sealed class AcsEmailConnection
{
    /// <summary>
    /// The Entra ID scope of the ACS data plane, as the ACS SDKs ask for it: the resource id ends in a
    /// slash, so the scope has two.
    /// </summary>
    public const string EntraScope = "https://communication.azure.com//.default";

    private readonly AcsAccessKey? key;
    private readonly TokenCredential? credential;

    private AcsEmailConnection(Uri endpoint, AcsAccessKey? key, TokenCredential? credential)
    {
        Endpoint = endpoint;
        this.key = key;
        this.credential = credential;
    }

    public Uri Endpoint { get; }

    /// <summary>"access key" or "Entra ID", for startup logs.</summary>
    public string Authentication => key is null ? "Entra ID" : "access key";

    public static AcsEmailConnection FromConnectionString(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var (endpoint, key) = AcsConnectionString.Parse(connectionString);
        return new AcsEmailConnection(endpoint, key, null);
    }

    public static AcsEmailConnection FromEndpoint(string endpoint, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(credential);
        return new AcsEmailConnection(AcsEndpoint.Parse(endpoint, EmailOptions.EndpointSetting), null, credential);
    }

    /// <summary>
    /// The connection the options describe (the connection string wins over the endpoint), or null
    /// when ACS is not configured. <paramref name="credential"/> is asked for only on the Entra path.
    /// </summary>
    public static AcsEmailConnection? FromOptions(EmailOptions options, Func<TokenCredential> credential)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(credential);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return FromConnectionString(options.ConnectionString);
        }

        return string.IsNullOrWhiteSpace(options.Endpoint) ? null : FromEndpoint(options.Endpoint, credential());
    }

    public override string ToString() => $"{Endpoint} ({Authentication})";

    /// <summary>Runs once per try, so each retry is signed (or carries a token) afresh.</summary>
    internal HttpPipelinePolicy CreateAuthenticationPolicy(TimeProvider time) =>
        key is not null
            ? new HmacAuthenticationPolicy(key, time)
            : new BearerTokenAuthenticationPolicy(credential!, EntraScope);
}
