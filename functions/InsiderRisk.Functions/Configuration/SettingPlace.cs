namespace InsiderRisk.Functions.Configuration;

/// <summary>Where a setting the app reads gets its value when the app runs in Azure.</summary>
public enum SettingPlace
{
    /// <summary>Always in the function app's settings (infra/main.bicep).</summary>
    Azure,

    /// <summary>In the function app's settings once the integration it configures is wanted (ServiceNow, a flow).</summary>
    AzureWhenConfigured,

    /// <summary>Not set by the templates: an alternative to a setting above, a default that fits, or local runs only.</summary>
    Optional,

    /// <summary>Set by App Service or the Functions host, never by us.</summary>
    Platform,
}
