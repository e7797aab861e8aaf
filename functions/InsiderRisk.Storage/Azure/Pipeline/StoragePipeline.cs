using Azure.Core;
using Azure.Core.Pipeline;
using InsiderRisk.Storage.Azure.Auth;
using InsiderRisk.Storage.Azure.Connection;

namespace InsiderRisk.Storage.Azure.Pipeline;

internal enum StorageService
{
    Table,
    Queue,
}

/// <summary>Builds the Azure.Core pipeline: retries, diagnostics, then the per-try auth policy.</summary>
internal static class StoragePipeline
{
    public static HttpPipeline Build(StorageConnection connection, AzureStorageClientOptions options, StorageService service)
    {
        HttpPipelinePolicy auth = (connection.SharedKey, service) switch
        {
            ({ } key, StorageService.Table) => new SharedKeyLitePolicy(key, options.Clock),
            ({ } key, _) => new SharedKeyPolicy(key, options.Clock),
            _ => new BearerTokenAuthenticationPolicy(
                connection.Credential ?? throw new InvalidOperationException("The storage connection has neither a key nor a credential."),
                StorageConnection.StorageScope),
        };
        return HttpPipelineBuilder.Build(options, [], [auth], new ResponseClassifier());
    }
}
