using System.Security.Cryptography;
using InsiderRisk.Storage.Azure;
using InsiderRisk.Storage.Azure.Connection;
using InsiderRisk.TestSupport;
using static InsiderRisk.Storage.Tests.Azure.Builders;

namespace InsiderRisk.Storage.Tests.Azure;

[Collection(AzuriteCollection.Name)]
public sealed class WrongKeyTests(AzuriteFixture azurite)
{
    private StorageConnection WrongKey()
    {
        var wrong = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
        return StorageConnection.WithSharedKey(azurite.Server.TableEndpoint, azurite.Server.QueueEndpoint, new StorageSharedKey(DevelopmentStorage.AccountName, wrong));
    }

    [Fact]
    public async Task Azurite_refuses_a_table_request_signed_with_a_wrong_key()
    {
        var store = new AzureTableStore(WrongKey(), FastRetries());

        var error = await Assert.ThrowsAsync<StorageException>(() => store.CreateTableIfNotExistsAsync(TableName()));

        Assert.Equal(StorageErrorKind.Unauthorized, error.Kind);
        Assert.Equal(403, error.Status);
        Assert.Contains("403", error.Message, StringComparison.Ordinal);
        Assert.Contains("Authorization", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Azurite_refuses_a_queue_request_signed_with_a_wrong_key()
    {
        var store = new AzureQueueStore(WrongKey(), FastRetries());

        var error = await Assert.ThrowsAsync<StorageException>(() => store.CreateQueueIfNotExistsAsync(QueueName()));

        Assert.Equal(StorageErrorKind.Unauthorized, error.Kind);
        Assert.Equal(403, error.Status);
        Assert.Equal("AuthenticationFailed", error.ErrorCode);
    }
}
