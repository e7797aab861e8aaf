using InsiderRisk.Functions.Configuration;

namespace InsiderRisk.Functions.Telemetry;

/// <summary>The <c>ai.cloud.role</c> / <c>ai.cloud.roleInstance</c> tags: the function app and the instance that sent.</summary>
public sealed record TelemetryRole(string Role, string Instance)
{
    /// <summary>App Service sets it to the app's name in Azure.</summary>
    public const string SiteNameSetting = "WEBSITE_SITE_NAME";

    public static TelemetryRole From(IConfiguration configuration, string applicationName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var site = configuration[SiteNameSetting];
        var instance = configuration[HostingFacts.AzureInstanceSetting];
        return new TelemetryRole(
            string.IsNullOrWhiteSpace(site) ? applicationName : site,
            string.IsNullOrWhiteSpace(instance) ? Environment.MachineName : instance);
    }
}
