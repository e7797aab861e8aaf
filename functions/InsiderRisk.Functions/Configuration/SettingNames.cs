using InsiderRisk.Functions.Demo;
using InsiderRisk.Functions.LocalRun;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Functions.Telemetry;
using InsiderRisk.Integrations.CaseEvents;
using InsiderRisk.Integrations.Email;
using InsiderRisk.Integrations.Flows;
using InsiderRisk.Integrations.Graph;
using InsiderRisk.Integrations.ServiceNow;

namespace InsiderRisk.Functions.Configuration;

/// <summary>
/// Every setting the app (and the Functions host on its behalf) reads, in one place, so the deployment
/// templates can be checked against it: each <see cref="SettingPlace.Azure"/> setting must be in the
/// function app's settings in infra/main.bicep. Names follow API.md's "Configuration" table.
/// </summary>
public static class SettingNames
{
    /// <summary>The connection (setting prefix) of the Service Bus trigger and output bindings.</summary>
    public const string ServiceBus = "ServiceBusConnection";

    private const string LocalRun = "The trigger loop of a run without the Functions host; never used under the host.";

    private const string Identity = "The identity-based form is what Azure uses (shared-key and SAS access are off).";

    public static IReadOnlyList<AppSetting> All { get; } =
    [
        new(StorageOptions.Setting, SettingPlace.Optional, "A connection string: Azurite or a key. " + Identity),
        new(Nested(StorageOptions.Setting, "accountName"), SettingPlace.Azure, "The storage account of the host and the app's tables and queues."),
        new(Nested(StorageOptions.Setting, "credential"), SettingPlace.Azure, "managedidentity: the host and the app sign in as the app's identity."),
        new(Nested(StorageOptions.Setting, "clientId"), SettingPlace.Azure, "The user-assigned identity to sign in as."),
        new(Nested(StorageOptions.Setting, "tableServiceUri"), SettingPlace.Optional, "An alternative to accountName for a non-public cloud."),
        new(Nested(StorageOptions.Setting, "queueServiceUri"), SettingPlace.Optional, "An alternative to accountName for a non-public cloud."),
        new(ServiceBus, SettingPlace.Optional, "A connection string with a SAS key. " + Identity),
        new(Nested(ServiceBus, "fullyQualifiedNamespace"), SettingPlace.Azure, "The Service Bus namespace of the alerts queue and the case-events topic."),
        new(Nested(ServiceBus, "credential"), SettingPlace.Azure, "managedidentity: the host's Service Bus trigger and output sign in as the app's identity."),
        new(Nested(ServiceBus, "clientId"), SettingPlace.Azure, "The user-assigned identity to sign in as."),
        new("AZURE_CLIENT_ID", SettingPlace.Azure, "The identity DefaultAzureCredential signs in as (ACS Email, Microsoft Graph)."),
        new(AppInsightsConnection.ConnectionStringSetting, SettingPlace.Azure, "Where the telemetry contract's events go; unset, they go to the log only."),
        new(AppInsightsConnection.AuthenticationStringSetting, SettingPlace.Azure, "Entra ID ingestion: the component's local auth is off."),
        new(Nested(AuthOptions.Section, nameof(AuthOptions.Mode)), SettingPlace.Azure, "EasyAuth: trust App Service Authentication's principal header."),
        new(Nested(PrivacyOptions.Section, nameof(PrivacyOptions.PseudonymizeUsers)), SettingPlace.Azure, "Pseudonymize users in the API, events and logs."),
        new(AppSettingName(PseudonymKeySource.Setting), SettingPlace.Azure, "The pseudonymizer's key: a Key Vault reference; Azure never generates one."),
        new(Nested(InsiderRiskOptions.Section, nameof(InsiderRiskOptions.DataDirectory)), SettingPlace.Optional, "Only the embedded SQLite store of a local run uses it."),
        new(AppSettingName(DemoRequest.Setting), SettingPlace.Optional, "Loads the demo data at start: for local demos, never in Azure."),
        new(EmailOptions.ConnectionStringSetting, SettingPlace.Optional, "ACS with its access key, instead of Entra ID to the endpoint."),
        new(EmailOptions.EndpointSetting, SettingPlace.Azure, "The ACS endpoint, reached with Entra ID."),
        new(EmailOptions.SenderSetting, SettingPlace.Azure, "The MailFrom address of the ACS email domain."),
        new(Nested(GraphSettings.Section, nameof(GraphSettings.TenantId)), SettingPlace.Azure, "The tenant of Teams, eDiscovery and risky users."),
        new(Nested(GraphSettings.Section, nameof(GraphSettings.ClientId)), SettingPlace.Azure, "Who calls Graph: the app's identity (no secret)."),
        new(Nested(GraphSettings.Section, nameof(GraphSettings.ClientSecret)), SettingPlace.Optional, "An app registration's secret instead of the managed identity."),
        new(Nested(GraphSettings.Section, nameof(GraphSettings.BaseUrl)), SettingPlace.Azure, "The Graph cloud."),
        new(Nested(ServiceNowSettings.Section, nameof(ServiceNowSettings.InstanceUrl)), SettingPlace.AzureWhenConfigured, "The ServiceNow instance incidents are opened in."),
        new(Nested(ServiceNowSettings.Section, nameof(ServiceNowSettings.Username)), SettingPlace.AzureWhenConfigured, "The ServiceNow user (Basic auth)."),
        new(Nested(ServiceNowSettings.Section, nameof(ServiceNowSettings.Password)), SettingPlace.AzureWhenConfigured, "Its password: a Key Vault reference."),
        new(Nested(ServiceNowSettings.Section, nameof(ServiceNowSettings.Token)), SettingPlace.Optional, "An OAuth bearer token instead of the user and password."),
        new(Nested(ServiceNowSettings.Section, nameof(ServiceNowSettings.Category)), SettingPlace.Optional, "The incident category; inquiry when not set."),
        new(Nested(FlowCatalog.Section, "{name}__Url"), SettingPlace.AzureWhenConfigured, "A named flow's HTTP trigger URL: a Key Vault reference per flow."),
        new(Nested(CaseEventsSettings.Section, nameof(CaseEventsSettings.HashActors)), SettingPlace.Optional, "Pseudonymize staff in published case events too; off by default."),
        new(Nested(RiskOptions.Section, nameof(RiskOptions.Schedule)), SettingPlace.Azure, "The RecomputeRiskScores timer's schedule (the host resolves %Risk__Schedule%)."),
        new(Nested(RiskOptions.Section, nameof(RiskOptions.WindowDays)), SettingPlace.Azure, "The scoring window."),
        new(Nested(RiskOptions.Section, nameof(RiskOptions.Parallelism)), SettingPlace.Optional, "Users a recompute run scores at once; 8 when not set."),
        new(Nested(SweeperOptions.Section, nameof(SweeperOptions.Schedule)), SettingPlace.Azure, "The SweepOutbox timer's schedule (the host resolves %Sweeper__Schedule%)."),
        new(Nested(LocalRunOptions.Section, nameof(LocalRunOptions.Enabled)), SettingPlace.Optional, LocalRun),
        new(Nested(LocalRunOptions.Section, nameof(LocalRunOptions.PollInterval)), SettingPlace.Optional, LocalRun),
        new(Nested(LocalRunOptions.Section, nameof(LocalRunOptions.VisibilityTimeout)), SettingPlace.Optional, LocalRun),
        new(Nested(LocalRunOptions.Section, nameof(LocalRunOptions.BatchSize)), SettingPlace.Optional, LocalRun),
        new(Nested(LocalRunOptions.Section, nameof(LocalRunOptions.MaxDequeueCount)), SettingPlace.Optional, LocalRun),
        new(HostingFacts.AzureInstanceSetting, SettingPlace.Platform, "Tells the app it runs in Azure; the telemetry's role instance."),
        new(TelemetryRole.SiteNameSetting, SettingPlace.Platform, "The app's name: the telemetry's cloud role."),
        new(HostingFacts.CustomHandlerPortSetting, SettingPlace.Platform, "The port the host forwards to."),
    ];

    public static AppSetting? Find(string name) =>
        All.FirstOrDefault(setting => string.Equals(setting.Name, name, StringComparison.OrdinalIgnoreCase));

    private static string Nested(string section, string key) => $"{section}__{key}";

    /// <summary>A configuration path (<c>Privacy:Key</c>) as its app-settings name (<c>Privacy__Key</c>).</summary>
    private static string AppSettingName(string path) => path.Replace(":", "__", StringComparison.Ordinal);
}
