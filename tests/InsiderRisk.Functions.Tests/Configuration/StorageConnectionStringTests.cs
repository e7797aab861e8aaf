using InsiderRisk.Functions.Configuration;

namespace InsiderRisk.Functions.Tests.Configuration;

public sealed class StorageConnectionStringTests
{
    [Theory]
    [InlineData("UseDevelopmentStorage=true", StoreKind.Azurite)]
    [InlineData("usedevelopmentstorage=TRUE;", StoreKind.Azurite)]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;", StoreKind.Azurite)]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=local;AccountKey=a2V5;QueueEndpoint=http://localhost:10001/local", StoreKind.Azurite)]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=insiderrisk;AccountKey=a2V5PT0=;EndpointSuffix=core.windows.net", StoreKind.Azure)]
    [InlineData("TableEndpoint=https://insiderrisk.table.core.windows.net/;SharedAccessSignature=sv=2024&sig=abc", StoreKind.Azure)]
    public void Connection_strings_select_their_store(string connection, StoreKind expected)
    {
        Assert.Equal(expected, StorageConnectionString.KindOf(connection));
    }

    [Theory]
    [InlineData("not a connection string")]
    [InlineData("UseDevelopmentStorage=false")]
    [InlineData("DefaultEndpointsProtocol=https")]
    [InlineData(";;")]
    public void Anything_else_is_not_a_storage_connection(string connection)
    {
        Assert.Null(StorageConnectionString.KindOf(connection));
    }

    [Fact]
    public void Empty_means_embedded_and_an_account_name_means_Azure_with_identity()
    {
        Assert.Equal(StoreKind.EmbeddedSqlite, new StorageOptions { ConnectionString = " " }.Kind);
        Assert.Equal(StoreKind.Azure, new StorageOptions { AccountName = "insiderrisk" }.Kind);
        Assert.Equal(StoreKind.Azure, new StorageOptions { QueueServiceUri = "https://insiderrisk.queue.core.windows.net" }.Kind);
    }
}
