using InsiderRisk.Storage.Azure;
using InsiderRisk.Storage.Queues;
using InsiderRisk.Storage.Tables;
using InsiderRisk.Storage.Tests.Alerts;
using InsiderRisk.Storage.Tests.Cases;
using InsiderRisk.Storage.Tests.Contract;
using InsiderRisk.TestSupport;
using static InsiderRisk.Storage.Tests.Azure.Builders;

namespace InsiderRisk.Storage.Tests.Azure;

// The same contract suites the SQLite store passes, run against Azurite through the Azure REST clients.

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteTableStoreContractTests(AzuriteFixture azurite) : TableStoreContractTests
{
    protected override Task<ITableStore> CreateStoreAsync() =>
        Task.FromResult<ITableStore>(new AzureTableStore(Connection(azurite.Server), FastRetries()));

    protected override bool FiltersMixedTypes => false;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteQueueStoreContractTests(AzuriteFixture azurite) : QueueStoreContractTests
{
    protected override Task<IQueueStore> CreateStoreAsync() =>
        Task.FromResult<IQueueStore>(new AzureQueueStore(Connection(azurite.Server), FastRetries()));

    protected override bool ChecksReceiptOwnership => false;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteCaseEventStoreContractTests(AzuriteFixture azurite) : CaseEventStoreContractTests
{
    protected override Task<ITableStore> CreateTableStoreAsync() =>
        Task.FromResult<ITableStore>(new AzureTableStore(Connection(azurite.Server), FastRetries()));
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteAlertStoreContractTests(AzuriteFixture azurite) : AlertStoreContractTests
{
    protected override Task<ITableStore> CreateTableStoreAsync() =>
        Task.FromResult<ITableStore>(new AzureTableStore(Connection(azurite.Server), FastRetries()));
}
