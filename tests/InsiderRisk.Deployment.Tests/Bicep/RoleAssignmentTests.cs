using InsiderRisk.Deployment.Tests.Support;
using InsiderRisk.Functions.Functions;

namespace InsiderRisk.Deployment.Tests.Bicep;

/// <summary>
/// Every Azure resource the built app or its functions use is created by the templates and granted to
/// the app's identity in infra/modules/roles.bicep, with the role that use needs.
/// </summary>
public sealed class RoleAssignmentTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string AppPrincipal = "appPrincipalId";
    private static readonly BicepModel Model = new();
    private static readonly BicepFile Roles = Model.ModuleFile(RoleGrants.RolesModule);

    private static IEnumerable<RoleGrant> AppGrants => RoleGrants.In(Roles).Where(grant => grant.Principal == AppPrincipal);

    [Fact]
    public async Task Every_table_the_app_creates_is_provisioned_and_granted_to_the_app_identity()
    {
        var tables = (await app.StartedAsync()).Stores.CreatedTables;

        Assert.NotEmpty(tables);
        AssertCovered("table", tables, Provisioned("storage", "/tableServices/tables"), Granted(BuiltInRoles.StorageTableDataContributor, "/tableServices/tables"));
    }

    [Fact]
    public async Task Every_queue_the_app_creates_or_a_function_reads_or_writes_is_provisioned_and_granted()
    {
        var queues = (await app.StartedAsync()).Stores.CreatedQueues.Concat(FunctionQueues()).Distinct(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(queues);
        AssertCovered("queue", queues, Provisioned("storage", "/queueServices/queues"), Granted(BuiltInRoles.StorageQueueDataContributor, "/queueServices/queues"));
    }

    [Fact]
    public void Every_Service_Bus_entity_the_functions_use_is_provisioned_and_granted()
    {
        var received = FunctionCatalog.All.Select(function => function.Trigger).OfType<TriggerBinding.ServiceBus>().Select(trigger => trigger.QueueName).ToList();
        var sentToQueues = FunctionCatalog.All.SelectMany(function => function.Outputs).OfType<OutputBinding.ServiceBusQueue>().Select(output => output.QueueName).ToList();
        var sentToTopics = FunctionCatalog.All.SelectMany(function => function.Outputs).OfType<OutputBinding.ServiceBusTopic>().Select(output => output.TopicName).ToList();

        Assert.NotEmpty(received);
        AssertCovered("Service Bus queue (trigger)", received, Provisioned("serviceBus", "namespaces/queues"), Granted(BuiltInRoles.ServiceBusDataReceiver, "namespaces/queues"));
        AssertCovered("Service Bus queue (output)", sentToQueues, Provisioned("serviceBus", "namespaces/queues"), Granted(BuiltInRoles.ServiceBusDataSender, "namespaces/queues"));
        AssertCovered("Service Bus topic (output)", sentToTopics, Provisioned("serviceBus", "namespaces/topics"), Granted(BuiltInRoles.ServiceBusDataSender, "namespaces/topics"));
    }

    [Fact]
    public void Key_Vault_references_resolve_with_the_app_identity()
    {
        var references = AppSettingsTemplate.Of(Model).Where(setting => setting.Value.Contains("keyVaultReference(", StringComparison.Ordinal)).ToList();
        var vaults = references.Select(setting => BicepModel.ModuleOf(setting.Value)).Distinct().ToList();

        Assert.NotEmpty(references);
        var vault = Assert.Single(vaults);
        AssertGrantedOnModuleResource(BuiltInRoles.KeyVaultSecretsUser, "Microsoft.KeyVault/vaults", vault!, "Key Vault references");
        var site = Model.ModuleFile(AppSettingsTemplate.FunctionAppModule).Resources.Single(resource => resource.Type == "Microsoft.Web/sites");
        Assert.Equal("identityId", site.Property("properties", "keyVaultReferenceIdentity"));
    }

    [Fact]
    public void Email_through_ACS_with_Entra_ID_is_granted_on_the_resource_the_endpoint_names()
    {
        var endpoint = AppSettingsTemplate.Of(Model)["Email__Endpoint"];
        var grant = GrantOnModuleResource("Microsoft.Communication/communicationServices", BicepModel.ModuleOf(endpoint)!);

        Assert.True(grant is not null, "Email__Endpoint names an ACS resource the app identity has no role on.");
        if (grant.Role.StartsWith("custom:", StringComparison.Ordinal))
        {
            var definition = Roles.Resource(grant.Role["custom:".Length..]);
            Assert.Contains("Microsoft.Communication/CommunicationServices/Write", definition.Body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Telemetry_with_Entra_ID_is_granted_on_the_component_the_connection_string_names()
    {
        var settings = AppSettingsTemplate.Of(Model);

        Assert.Contains("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", settings.Keys);
        AssertGrantedOnModuleResource(BuiltInRoles.MonitoringMetricsPublisher, "Microsoft.Insights/components", BicepModel.ModuleOf(settings["APPLICATIONINSIGHTS_CONNECTION_STRING"])!, "Entra ID telemetry ingestion");
    }

    [Fact]
    public void The_host_storage_containers_and_the_deployment_container_are_granted_in_the_account_the_host_uses()
    {
        var account = BicepModel.ModuleOf(AppSettingsTemplate.Of(Model)["AzureWebJobsStorage__accountName"]);
        var deploymentContainer = Model.Values(Model.Main, Model.ModuleParam(AppSettingsTemplate.FunctionAppModule, "deploymentContainerName")!);

        Assert.Equal(account, BicepModel.ModuleOf(Model.ModuleParam(RoleGrants.RolesModule, "storageAccountName")));
        AssertCovered("host container", ["azure-webjobs-hosts", "azure-webjobs-secrets"], Provisioned("storage", "/containers"), Granted(BuiltInRoles.StorageBlobDataOwner, "/containers"));
        AssertCovered("deployment container", deploymentContainer, Provisioned("storage", "/containers"), Granted(BuiltInRoles.StorageBlobDataContributor, "/containers"));
    }

    [Fact]
    public void The_grants_go_to_the_identity_the_app_runs_as()
    {
        var settings = AppSettingsTemplate.Of(Model);
        var identity = BicepModel.ModuleOf(Model.ModuleParam(RoleGrants.RolesModule, AppPrincipal));

        Assert.NotNull(identity);
        Assert.Equal($"{identity}.outputs.principalId", Model.ModuleParam(RoleGrants.RolesModule, AppPrincipal));
        Assert.Equal($"{identity}.outputs.id", Model.ModuleParam(AppSettingsTemplate.FunctionAppModule, "identityId"));
        Assert.All(["AzureWebJobsStorage__clientId", "ServiceBusConnection__clientId", "AZURE_CLIENT_ID", "Graph__ClientId"], name =>
            Assert.Equal($"{identity}.outputs.clientId", settings.GetValueOrDefault(name)));
        Assert.All(RoleGrants.In(Roles).Where(grant => grant.Principal == AppPrincipal), grant =>
            Assert.Equal("'ServicePrincipal'", grant.Assignment.Property("properties", "principalType")));
    }

    /// <summary>Storage queues of the functions: queue triggers (and the poison queue the host moves failures to) and queue outputs.</summary>
    private static IEnumerable<string> FunctionQueues()
    {
        foreach (var function in FunctionCatalog.All)
        {
            if (function.Trigger is TriggerBinding.Queue queue)
            {
                yield return queue.QueueName;
                yield return queue.QueueName + "-poison";
            }

            foreach (var output in function.Outputs.OfType<OutputBinding.Queue>())
            {
                yield return output.QueueName;
            }
        }
    }

    private static List<string> Provisioned(string module, string typeSuffix)
    {
        var file = Model.ModuleFile(module);
        return [.. file.Resources.Where(r => !r.Existing && r.Type.EndsWith(typeSuffix, StringComparison.Ordinal)).SelectMany(r => Model.Names(file, r))];
    }

    private static List<string> Granted(string role, string scopeTypeSuffix) =>
        [.. AppGrants.Where(g => g.Role == role && g.Scope.Type.EndsWith(scopeTypeSuffix, StringComparison.Ordinal)).SelectMany(g => Model.Names(Roles, g.Scope))];

    private static void AssertCovered(string kind, IEnumerable<string> used, IReadOnlyCollection<string> provisioned, IReadOnlyCollection<string> granted)
    {
        var notProvisioned = used.Where(name => !provisioned.Contains(name)).ToList();
        var notGranted = used.Where(name => !granted.Contains(name)).ToList();

        Assert.True(notProvisioned.Count == 0, $"The app uses {kind}s the templates do not create: {string.Join(", ", notProvisioned)}.");
        Assert.True(notGranted.Count == 0, $"The app identity has no role on the {kind}s: {string.Join(", ", notGranted)} (infra/modules/roles.bicep).");
    }

    /// <summary>The app's grant on the resource of <paramref name="type"/> whose name roles.bicep gets from <paramref name="module"/>.</summary>
    private static RoleGrant? GrantOnModuleResource(string type, string module) =>
        AppGrants.FirstOrDefault(grant => grant.Scope.Type == type
            && grant.Scope.Property("name") is { } name
            && BicepModel.ModuleOf(Model.ModuleParam(RoleGrants.RolesModule, name)) == module);

    private static void AssertGrantedOnModuleResource(string role, string type, string module, string use)
    {
        var grant = GrantOnModuleResource(type, module);
        Assert.True(grant is not null, $"{use}: the app identity has no role on the {type} of module '{module}'.");
        Assert.Equal(role, grant.Role);
    }
}
