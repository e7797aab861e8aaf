using System.Net;
using Azure.Core.Pipeline;
using InsiderRisk.Storage.Azure;
using InsiderRisk.Storage.Azure.Connection;
using InsiderRisk.Storage.Tables;
using InsiderRisk.TestSupport;

namespace InsiderRisk.Storage.Tests.Azure;

internal static class Builders
{
    public static string TableName() => "t" + Guid.NewGuid().ToString("N")[..24];

    public static string QueueName() => "q-" + Guid.NewGuid().ToString("N")[..24];

    /// <summary>Pipeline options with quick retries so failure paths stay fast.</summary>
    public static AzureStorageClientOptions FastRetries(int maxRetries = 2)
    {
        var options = new AzureStorageClientOptions();
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        return options;
    }

    public static AzureStorageClientOptions Through(HttpMessageHandler handler, int maxRetries = 2)
    {
        var options = FastRetries(maxRetries);
        options.Transport = new HttpClientTransport(new HttpClient(handler));
        return options;
    }

    public static StorageConnection Connection(AzuriteServer azurite) => StorageConnection.Parse(azurite.ConnectionString);

    public static async Task<(AzureTableStore Store, string Table)> NewTableAsync(AzuriteServer azurite)
    {
        var store = new AzureTableStore(Connection(azurite), FastRetries());
        var table = TableName();
        await store.CreateTableIfNotExistsAsync(table);
        return (store, table);
    }

    public static async Task<(AzureQueueStore Store, string Queue)> NewQueueAsync(AzuriteServer azurite)
    {
        var store = new AzureQueueStore(Connection(azurite), FastRetries());
        var queue = QueueName();
        await store.CreateQueueIfNotExistsAsync(queue);
        return (store, queue);
    }

    public static TableEntity Entity(string partitionKey, string rowKey, params (string Name, object Value)[] properties)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        foreach (var (name, value) in properties)
        {
            entity[name] = value;
        }

        return entity;
    }

    public static HttpResponseMessage Answer(HttpStatusCode status, string? body = null, string contentType = "application/json")
    {
        var response = new HttpResponseMessage(status);
        if (body is not null)
        {
            response.Content = new StringContent(body, System.Text.Encoding.UTF8);
            response.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }

        return response;
    }
}
