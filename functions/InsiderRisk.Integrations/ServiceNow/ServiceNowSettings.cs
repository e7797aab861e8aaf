using Microsoft.Extensions.Configuration;

namespace InsiderRisk.Integrations.ServiceNow;

/// <summary>
/// <c>ServiceNow__InstanceUrl</c> with either <c>ServiceNow__Username</c> + <c>ServiceNow__Password</c>
/// (Basic) or <c>ServiceNow__Token</c> (an OAuth bearer token); optional <c>ServiceNow__Category</c>.
/// A class rather than a record so that printing it can never print the password or token.
/// </summary>
public sealed class ServiceNowSettings
{
    public const string Section = "ServiceNow";
    public const string DefaultCategory = "inquiry";

    public Uri? InstanceUrl { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    public string? Token { get; init; }

    /// <summary>The incident category; the base instance's choices are inquiry, software, hardware, network, database.</summary>
    public string Category { get; init; } = DefaultCategory;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public bool UsesToken => !string.IsNullOrWhiteSpace(Token);

    /// <summary>An instance and a way to sign in; otherwise incidents go to the local sink.</summary>
    public bool IsConfigured => InstanceUrl is not null && (UsesToken || (!string.IsNullOrWhiteSpace(Username) && Password is not null));

    public static ServiceNowSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var instance = section["InstanceUrl"];
        var category = section["Category"];
        return new ServiceNowSettings
        {
            InstanceUrl = string.IsNullOrWhiteSpace(instance) ? null : new Uri(instance.Trim().TrimEnd('/') + "/", UriKind.Absolute),
            Username = Blank(section["Username"]),
            Password = string.IsNullOrEmpty(section["Password"]) ? null : section["Password"],
            Token = Blank(section["Token"]),
            Category = string.IsNullOrWhiteSpace(category) ? DefaultCategory : category.Trim(),
        };
    }

    public override string ToString() =>
        $"ServiceNow {InstanceUrl?.GetLeftPart(UriPartial.Authority) ?? "-"} auth={(UsesToken ? "bearer token" : Username is null ? "none" : "basic")}";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
