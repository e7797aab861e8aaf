using System.Text;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Azure.Tables;

/// <summary>
/// Writes an entity-group transaction: one multipart/mixed batch holding one changeset, each
/// operation an <c>application/http</c> part with an absolute URL, CRLF line ends throughout.
/// </summary>
internal static class TableBatchRequest
{
    private const string Crlf = "\r\n";

    public static string ContentType(string batchBoundary) => $"multipart/mixed; boundary={batchBoundary}";

    public static byte[] Build(Uri tableEndpoint, string table, IReadOnlyList<TableOperation> operations, string batchBoundary, string changesetBoundary)
    {
        var body = new StringBuilder()
            .Append("--").Append(batchBoundary).Append(Crlf)
            .Append("Content-Type: multipart/mixed; boundary=").Append(changesetBoundary).Append(Crlf)
            .Append(Crlf);
        foreach (var operation in operations)
        {
            body.Append("--").Append(changesetBoundary).Append(Crlf)
                .Append("Content-Type: application/http").Append(Crlf)
                .Append("Content-Transfer-Encoding: binary").Append(Crlf)
                .Append(Crlf);
            AppendOperation(body, tableEndpoint, table, operation);
        }

        body.Append("--").Append(changesetBoundary).Append("--").Append(Crlf)
            .Append("--").Append(batchBoundary).Append("--").Append(Crlf);
        return Encoding.UTF8.GetBytes(body.ToString());
    }

    private static void AppendOperation(StringBuilder body, Uri tableEndpoint, string table, TableOperation operation)
    {
        var entity = operation.Entity;
        var baseUrl = tableEndpoint.AbsoluteUri.TrimEnd('/');
        var (method, url) = operation.Kind switch
        {
            TableOperationKind.Insert => ("POST", $"{baseUrl}/{table}"),
            TableOperationKind.Replace or TableOperationKind.UpsertReplace => ("PUT", $"{baseUrl}/{EntityPath.For(table, entity.PartitionKey, entity.RowKey)}"),
            TableOperationKind.Merge or TableOperationKind.UpsertMerge => ("MERGE", $"{baseUrl}/{EntityPath.For(table, entity.PartitionKey, entity.RowKey)}"),
            TableOperationKind.Delete => ("DELETE", $"{baseUrl}/{EntityPath.For(table, entity.PartitionKey, entity.RowKey)}"),
            _ => throw new StorageException(StorageErrorKind.InvalidInput, $"Unsupported operation {operation.Kind}."),
        };

        body.Append(method).Append(' ').Append(url).Append(" HTTP/1.1").Append(Crlf)
            .Append("Accept: ").Append(TableHeaders.JsonMinimalMetadata).Append(Crlf)
            .Append("DataServiceVersion: 3.0;").Append(Crlf);
        if (operation.Kind is TableOperationKind.Replace or TableOperationKind.Merge or TableOperationKind.Delete)
        {
            body.Append("If-Match: ").Append(operation.IfMatch).Append(Crlf);
        }

        if (operation.Kind == TableOperationKind.Delete)
        {
            body.Append(Crlf);
            return;
        }

        body.Append("Content-Type: application/json").Append(Crlf)
            .Append("Prefer: return-no-content").Append(Crlf)
            .Append(Crlf)
            .Append(Encoding.UTF8.GetString(EntityJsonWriter.Write(entity))).Append(Crlf);
    }
}
