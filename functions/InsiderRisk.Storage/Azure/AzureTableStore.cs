using System.Text.Json;
using Azure;
using InsiderRisk.Storage.Azure.Connection;
using InsiderRisk.Storage.Azure.Pipeline;
using InsiderRisk.Storage.Azure.Tables;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Azure;

/// <summary>
/// <see cref="ITableStore"/> on the Azure Table Storage REST API (and Azurite), over Azure.Core's
/// pipeline. Everything is validated before it is sent; service errors arrive as typed
/// <see cref="StorageException"/>s.
/// </summary>
public sealed class AzureTableStore : ITableStore
{
    private readonly StorageSender sender;
    private readonly TableRequests requests;

    public AzureTableStore(StorageConnection connection, AzureStorageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var endpoint = connection.TableEndpoint
            ?? throw new InvalidOperationException("The storage connection has no table endpoint.");
        var pipeline = StoragePipeline.Build(connection, options ?? new AzureStorageClientOptions(), StorageService.Table);
        sender = new StorageSender(pipeline);
        requests = new TableRequests(pipeline, endpoint);
    }

    public async Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default)
    {
        EnsureTableName(table);
        using var request = requests.CreateTable(table);
        using var response = await sender.SendExpectingAsync(request, $"Creating table {table}", cancellationToken, 201, 204, 409);
    }

    public async Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default)
    {
        EnsureTableName(table);
        PropertyValues.EnsureValidKeys(partitionKey, rowKey);
        using var request = requests.GetEntity(table, partitionKey, rowKey, select);
        using var response = await sender.SendAsync(request, "Reading an entity", cancellationToken);
        if (response.Status == 404 && ErrorCode(response) != "TableNotFound")
        {
            return null;
        }

        if (response.Status != 200)
        {
            throw StorageErrors.FromResponse(response, "Reading an entity");
        }

        using var json = JsonDocument.Parse(response.Content.ToMemory());
        return EntityJsonReader.Read(json.RootElement, Header(response, "ETag"));
    }

    public async Task<TablePage> QueryPageAsync(string table, TableQuery query, CancellationToken cancellationToken = default)
    {
        EnsureTableName(table);
        ArgumentNullException.ThrowIfNull(query);
        if (query.PageSize is < 1 or > TableQuery.MaxPageSize)
        {
            throw new StorageException(StorageErrorKind.InvalidInput, $"A page holds 1 to {TableQuery.MaxPageSize} entities.");
        }

        var filter = ODataFilter.Build(query.PartitionKey, query.Filter);
        var token = query.ContinuationToken;
        while (true)
        {
            var (nextPartition, nextRow) = token is null ? (null, null) : ContinuationToken.Decode(token);
            using var request = requests.Query(table, filter, query.PageSize, query.Select, nextPartition, nextRow);
            using var response = await sender.SendExpectingAsync(request, $"Querying table {table}", cancellationToken, 200);
            var items = ReadEntities(response);
            token = ContinuationToken.Encode(Header(response, "x-ms-continuation-NextPartitionKey"), Header(response, "x-ms-continuation-NextRowKey"));

            // A page may be empty yet continue (partition boundary, 5 s limit): go on until there is something to return.
            if (items.Count > 0 || token is null)
            {
                return new TablePage(items, token);
            }
        }
    }

    public async Task<string?> ExecuteAsync(string table, TableOperation operation, CancellationToken cancellationToken = default)
    {
        EnsureTableName(table);
        ArgumentNullException.ThrowIfNull(operation);
        TableStoreExtensions.ValidateOperation(operation);
        EnsureHeaderSafe(operation.IfMatch);
        using var request = requests.Write(table, operation);
        var action = $"{operation.Kind} in table {table}";
        using var response = operation.Kind == TableOperationKind.Insert
            ? await sender.SendExpectingAsync(request, action, cancellationToken, 201, 204)
            : await sender.SendExpectingAsync(request, action, cancellationToken, 204);
        if (operation.Kind == TableOperationKind.Delete)
        {
            return null;
        }

        // The contract keeps a stored entity's ETag on the entity itself.
        operation.Entity.ETag = Header(response, "ETag");
        return operation.Entity.ETag;
    }

    public async Task<IReadOnlyList<string?>> SubmitBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default)
    {
        EnsureTableName(table);
        ArgumentNullException.ThrowIfNull(operations);
        TableStoreExtensions.ValidateBatch(operations);
        foreach (var operation in operations)
        {
            EnsureHeaderSafe(operation.IfMatch);
        }

        var id = Guid.NewGuid().ToString("N");
        var batchBoundary = $"batch_{id}";
        var body = TableBatchRequest.Build(requests.Endpoint, table, operations, batchBoundary, $"changeset_{id}");
        using var request = requests.Batch(body, batchBoundary);
        using var response = await sender.SendExpectingAsync(request, $"A batch in table {table}", cancellationToken, 202);
        var contentType = Header(response, "Content-Type") ?? string.Empty;
        var parts = TableBatchResponse.Parse(contentType, response.Content.ToString());
        var etags = TableBatchOutcome.Interpret(parts, operations);
        for (var i = 0; i < operations.Count; i++)
        {
            if (operations[i].Kind != TableOperationKind.Delete)
            {
                operations[i].Entity.ETag = etags[i];
            }
        }

        return etags;
    }

    private static List<TableEntity> ReadEntities(Response response)
    {
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        if (!json.RootElement.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            throw new StorageException(StorageErrorKind.Other, "The query response has no 'value' array.");
        }

        return [.. value.EnumerateArray().Select(e => EntityJsonReader.Read(e))];
    }

    private static string? Header(Response response, string name) =>
        response.Headers.TryGetValue(name, out var value) ? value : null;

    private static string? ErrorCode(Response response) =>
        StorageErrors.ReadError(Header(response, "x-ms-error-code"), response.Content?.ToString()).Code;

    private static void EnsureTableName(string table)
    {
        if (table is null || !PropertyValues.IsValidTableName(table))
        {
            throw new StorageException(StorageErrorKind.InvalidInput, "Table names are a letter then letters or digits, 3–63 characters.");
        }
    }

    private static void EnsureHeaderSafe(string? etag)
    {
        if (etag is not null && etag.Any(c => c < ' ' || c == '\u007F'))
        {
            throw new StorageException(StorageErrorKind.InvalidInput, "An ETag may not contain control characters.");
        }
    }
}
