using InsiderRisk.Deployment.Tests.Support;
using InsiderRisk.Functions.Functions;
using static InsiderRisk.Deployment.Tests.Bicep.AppGrants;

namespace InsiderRisk.Deployment.Tests.Bicep;

/// <summary>Every table, queue and container the built app, its functions or its host use is created and granted to the app identity.</summary>
public sealed class StorageGrantTests(AppFixture app) : IClassFixture<AppFixture>
{
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
    public void The_host_storage_containers_and_the_deployment_container_are_granted_in_the_account_the_host_uses()
    {
        var account = BicepModel.ModuleOf(AppSettingsTemplate.Of(Model)["AzureWebJobsStorage__accountName"]);
        var deploymentContainer = Model.Values(Model.Main, Model.ModuleParam(AppSettingsTemplate.FunctionAppModule, "deploymentContainerName")!);

        Assert.Equal(account, BicepModel.ModuleOf(Model.ModuleParam(RoleGrants.RolesModule, "storageAccountName")));
        AssertCovered("host container", ["azure-webjobs-hosts", "azure-webjobs-secrets"], Provisioned("storage", "/containers"), Granted(BuiltInRoles.StorageBlobDataOwner, "/containers"));
        AssertCovered("deployment container", deploymentContainer, Provisioned("storage", "/containers"), Granted(BuiltInRoles.StorageBlobDataContributor, "/containers"));
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
}
