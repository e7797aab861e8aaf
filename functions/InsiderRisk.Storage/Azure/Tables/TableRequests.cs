using Azure.Core;
using Azure.Core.Pipeline;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Azure.Tables;

/// <summary>Builds the table service's requests (URIs, verbs, conditional headers, bodies).</summary>
internal sealed class TableRequests(HttpPipeline pipeline, Uri endpoint)
{
    private static readonly RequestMethod Merge = new("MERGE");

    public Uri Endpoint { get; } = endpoint;

    public Request CreateTable(string table)
    {
        var request = New(RequestMethod.Post, "Tables");
        TableHeaders.ApplyJsonBody(request, System.Text.Encoding.UTF8.GetBytes($"{{\"TableName\":\"{table}\"}}"));
        return request;
    }

    public Request GetEntity(string table, string partitionKey, string rowKey, IReadOnlyList<string>? select)
    {
        var request = New(RequestMethod.Get, EntityPath.For(table, partitionKey, rowKey));
        AppendSelect(request, select);
        return request;
    }

    public Request Query(string table, string? filter, int top, IReadOnlyList<string>? select, string? nextPartitionKey, string? nextRowKey)
    {
        var request = New(RequestMethod.Get, table + "()");
        if (filter is not null)
        {
            request.Uri.AppendQuery("$filter", filter, escapeValue: true);
        }

        request.Uri.AppendQuery("$top", top.ToString(System.Globalization.CultureInfo.InvariantCulture), escapeValue: false);
        AppendSelect(request, select);
        if (nextPartitionKey is not null)
        {
            request.Uri.AppendQuery("NextPartitionKey", nextPartitionKey, escapeValue: true);
        }

        if (nextRowKey is not null)
        {
            request.Uri.AppendQuery("NextRowKey", nextRowKey, escapeValue: true);
        }

        return request;
    }

    public Request Write(string table, TableOperation operation)
    {
        var entity = operation.Entity;
        var path = EntityPath.For(table, entity.PartitionKey, entity.RowKey);
        var request = operation.Kind switch
        {
            TableOperationKind.Insert => New(RequestMethod.Post, table),
            TableOperationKind.Replace or TableOperationKind.UpsertReplace => New(RequestMethod.Put, path),
            TableOperationKind.Merge or TableOperationKind.UpsertMerge => New(Merge, path),
            TableOperationKind.Delete => New(RequestMethod.Delete, path),
            _ => throw new StorageException(StorageErrorKind.InvalidInput, $"Unsupported operation {operation.Kind}."),
        };
        if (operation.Kind is TableOperationKind.Replace or TableOperationKind.Merge or TableOperationKind.Delete)
        {
            request.Headers.SetValue(HttpHeader.Names.IfMatch, operation.IfMatch!);
        }

        if (operation.Kind != TableOperationKind.Delete)
        {
            TableHeaders.ApplyJsonBody(request, EntityJsonWriter.Write(entity));
        }

        return request;
    }

    public Request Batch(byte[] body, string batchBoundary)
    {
        var request = New(RequestMethod.Post, "$batch");
        request.Headers.SetValue(HttpHeader.Names.ContentType, TableBatchRequest.ContentType(batchBoundary));
        request.Content = RequestContent.Create(body);
        return request;
    }

    private Request New(RequestMethod method, string path)
    {
        var request = pipeline.CreateRequest();
        request.Method = method;
        request.Uri.Reset(Endpoint);
        request.Uri.AppendPath("/" + path, escape: false);
        TableHeaders.Apply(request);
        return request;
    }

    private static void AppendSelect(Request request, IReadOnlyList<string>? select)
    {
        if (select is null)
        {
            return;
        }

        foreach (var name in select)
        {
            if (!PropertyValues.IsValidPropertyName(name))
            {
                throw new StorageException(StorageErrorKind.InvalidInput, "A selected name is not a valid property name.");
            }
        }

        var names = new[] { "PartitionKey", "RowKey", "Timestamp" }.Concat(select).Distinct(StringComparer.Ordinal);
        request.Uri.AppendQuery("$select", string.Join(",", names), escapeValue: true);
    }
}
