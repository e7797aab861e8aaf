using InsiderRisk.Functions.Functions;
using static InsiderRisk.Deployment.Tests.Bicep.AppGrants;

namespace InsiderRisk.Deployment.Tests.Bicep;

/// <summary>
/// Service Bus, Key Vault, ACS and App Insights: each one the app's settings or functions name is
/// created and granted, with the role that use needs, to the identity the app runs as.
/// </summary>
public sealed class ServiceGrantTests
{
    [Fact]
    public void Every_Service_Bus_entity_the_functions_use_is_provisioned_and_granted()
    {
        var received = FunctionCatalog.All.Select(function => function.Trigger).OfType<TriggerBinding.ServiceBus>().Select(trigger => trigger.QueueName).ToList();
        var outputs = FunctionCatalog.All.SelectMany(function => function.Outputs).ToList();

        Assert.NotEmpty(received);
        AssertCovered("Service Bus queue (trigger)", received, Provisioned("serviceBus", "namespaces/queues"), Granted(BuiltInRoles.ServiceBusDataReceiver, "namespaces/queues"));
        AssertCovered("Service Bus queue (output)", outputs.OfType<OutputBinding.ServiceBusQueue>().Select(o => o.QueueName), Provisioned("serviceBus", "namespaces/queues"), Granted(BuiltInRoles.ServiceBusDataSender, "namespaces/queues"));
        AssertCovered("Service Bus topic (output)", outputs.OfType<OutputBinding.ServiceBusTopic>().Select(o => o.TopicName), Provisioned("serviceBus", "namespaces/topics"), Granted(BuiltInRoles.ServiceBusDataSender, "namespaces/topics"));
    }

    [Fact]
    public void Key_Vault_references_resolve_with_the_app_identity()
    {
        var references = AppSettingsTemplate.Of(Model).Where(setting => setting.Value.Contains("keyVaultReference(", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(references);
        var vault = Assert.Single(references.Select(setting => BicepModel.ModuleOf(setting.Value)).Distinct());
        AssertGrantedOnModuleResource(BuiltInRoles.KeyVaultSecretsUser, "Microsoft.KeyVault/vaults", vault!, "Key Vault references");
        var site = Model.ModuleFile(AppSettingsTemplate.FunctionAppModule).Resources.Single(resource => resource.Type == "Microsoft.Web/sites");
        Assert.Equal("identityId", site.Property("properties", "keyVaultReferenceIdentity"));
    }

    [Fact]
    public void Email_through_ACS_with_Entra_ID_is_granted_on_the_resource_the_endpoint_names()
    {
        var endpoint = AppSettingsTemplate.Of(Model)["Email__Endpoint"];
        var grant = OnModuleResource("Microsoft.Communication/communicationServices", BicepModel.ModuleOf(endpoint)!);

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
    public void The_grants_go_to_the_identity_the_app_runs_as()
    {
        var settings = AppSettingsTemplate.Of(Model);
        var identity = BicepModel.ModuleOf(Model.ModuleParam(RoleGrants.RolesModule, AppPrincipal));

        Assert.NotNull(identity);
        Assert.Equal($"{identity}.outputs.principalId", Model.ModuleParam(RoleGrants.RolesModule, AppPrincipal));
        Assert.Equal($"{identity}.outputs.id", Model.ModuleParam(AppSettingsTemplate.FunctionAppModule, "identityId"));
        Assert.All(["AzureWebJobsStorage__clientId", "ServiceBusConnection__clientId", "AZURE_CLIENT_ID", "Graph__ClientId"], name =>
            Assert.Equal($"{identity}.outputs.clientId", settings.GetValueOrDefault(name)));
        Assert.All(All, grant => Assert.Equal("'ServicePrincipal'", grant.Assignment.Property("properties", "principalType")));
    }
}
