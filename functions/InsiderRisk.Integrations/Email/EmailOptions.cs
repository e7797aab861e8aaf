namespace InsiderRisk.Integrations.Email;

/// <summary>
/// The <c>Email__*</c> settings as given. <see cref="ConnectionString"/> holds an access key: this
/// type never prints it (see <see cref="ToString"/>), and parsing errors never quote it.
/// </summary>
public sealed class EmailOptions
{
    public const string ConnectionStringSetting = "Email__ConnectionString";
    public const string EndpointSetting = "Email__Endpoint";
    public const string SenderSetting = "Email__Sender";

    /// <summary><c>endpoint=https://…;accesskey=…</c>: ACS with its access key (HMAC).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>The ACS endpoint alone: ACS with Entra ID (the app's managed identity).</summary>
    public string? Endpoint { get; init; }

    /// <summary>The default sender address (a MailFrom address of a domain connected to the ACS resource).</summary>
    public string? Sender { get; init; }

    /// <summary>Whether ACS is configured at all; when not, email effects go to the local sink.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(Endpoint);

    /// <summary>
    /// Reads the settings from a name → value lookup, by their app-setting names (<c>Email__Sender</c>)
    /// or their configuration-path names (<c>Email:Sender</c>), whichever the lookup knows.
    /// </summary>
    public static EmailOptions FromSettings(Func<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new EmailOptions
        {
            ConnectionString = Read(settings, ConnectionStringSetting),
            Endpoint = Read(settings, EndpointSetting),
            Sender = Read(settings, SenderSetting),
        };
    }

    public override string ToString() =>
        $"EmailOptions {{ ConnectionString = {(string.IsNullOrWhiteSpace(ConnectionString) ? "(empty)" : "(set, hidden)")}, " +
        $"Endpoint = {(string.IsNullOrWhiteSpace(Endpoint) ? "(empty)" : Endpoint)}, Sender = {Sender ?? "(empty)"} }}";

    private static string? Read(Func<string, string?> settings, string name)
    {
        var value = settings(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            value = settings(name.Replace("__", ":", StringComparison.Ordinal));
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
