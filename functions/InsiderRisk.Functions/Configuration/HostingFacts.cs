namespace InsiderRisk.Functions.Configuration;

/// <summary>What the environment says about where the app runs; read once from configuration.</summary>
public sealed record HostingFacts(bool RunningInAzure, string? CustomHandlerPort)
{
    /// <summary>App Service and Functions set it on every instance in Azure, never locally.</summary>
    public const string AzureInstanceSetting = "WEBSITE_INSTANCE_ID";

    /// <summary>The Functions host sets it for its custom handler: the port to listen on.</summary>
    public const string CustomHandlerPortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public bool UnderFunctionsHost => !string.IsNullOrWhiteSpace(CustomHandlerPort);

    public static HostingFacts From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new HostingFacts(
            !string.IsNullOrWhiteSpace(configuration[AzureInstanceSetting]),
            configuration[CustomHandlerPortSetting]);
    }
}
