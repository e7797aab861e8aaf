using System.Text;
using InsiderRisk.Storage.Azure.Tables;
using InsiderRisk.Storage.Tables;
using static InsiderRisk.Storage.Tests.Azure.Builders;

namespace InsiderRisk.Storage.Tests.Azure;

public sealed class TableBatchFormatTests
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:10002/devstoreaccount1");

    [Fact]
    public void The_request_is_one_changeset_of_application_http_parts_with_absolute_URLs_and_CRLFs()
    {
        IReadOnlyList<TableOperation> operations =
        [
            TableOperation.Insert(Entity("p", "r1", ("N", 1))),
            TableOperation.Merge(Entity("p", "r'2", ("L", 5L)), "W/\"datetime'x'\""),
            TableOperation.Delete("p", "r 3"),
        ];

        var body = Encoding.UTF8.GetString(TableBatchRequest.Build(Endpoint, "Cases", operations, "batch_B", "changeset_C"));

        const string expected =
            "--batch_B\r\n" +
            "Content-Type: multipart/mixed; boundary=changeset_C\r\n" +
            "\r\n" +
            "--changeset_C\r\n" +
            "Content-Type: application/http\r\n" +
            "Content-Transfer-Encoding: binary\r\n" +
            "\r\n" +
            "POST http://127.0.0.1:10002/devstoreaccount1/Cases HTTP/1.1\r\n" +
            "Accept: application/json;odata=minimalmetadata\r\n" +
            "DataServiceVersion: 3.0;\r\n" +
            "Content-Type: application/json\r\n" +
            "Prefer: return-no-content\r\n" +
            "\r\n" +
            "{\"PartitionKey\":\"p\",\"RowKey\":\"r1\",\"N\":1}\r\n" +
            "--changeset_C\r\n" +
            "Content-Type: application/http\r\n" +
            "Content-Transfer-Encoding: binary\r\n" +
            "\r\n" +
            "MERGE http://127.0.0.1:10002/devstoreaccount1/Cases(PartitionKey='p',RowKey='r%27%272') HTTP/1.1\r\n" +
            "Accept: application/json;odata=minimalmetadata\r\n" +
            "DataServiceVersion: 3.0;\r\n" +
            "If-Match: W/\"datetime'x'\"\r\n" +
            "Content-Type: application/json\r\n" +
            "Prefer: return-no-content\r\n" +
            "\r\n" +
            "{\"PartitionKey\":\"p\",\"RowKey\":\"r\\u00272\",\"L@odata.type\":\"Edm.Int64\",\"L\":\"5\"}\r\n" +
            "--changeset_C\r\n" +
            "Content-Type: application/http\r\n" +
            "Content-Transfer-Encoding: binary\r\n" +
            "\r\n" +
            "DELETE http://127.0.0.1:10002/devstoreaccount1/Cases(PartitionKey='p',RowKey='r%203') HTTP/1.1\r\n" +
            "Accept: application/json;odata=minimalmetadata\r\n" +
            "DataServiceVersion: 3.0;\r\n" +
            "If-Match: *\r\n" +
            "\r\n" +
            "--changeset_C--\r\n" +
            "--batch_B--\r\n";
        Assert.Equal(expected, body);
        Assert.DoesNotContain("\n", body.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Replace_and_upserts_use_PUT_and_MERGE_on_the_entity_URL()
    {
        IReadOnlyList<TableOperation> operations =
        [
            TableOperation.Replace(Entity("p", "a"), "*"),
            TableOperation.UpsertReplace(Entity("p", "b")),
            TableOperation.UpsertMerge(Entity("p", "c")),
        ];

        var lines = Encoding.UTF8.GetString(TableBatchRequest.Build(Endpoint, "Cases", operations, "batch_B", "changeset_C")).Split("\r\n");

        Assert.Equal(
            [
                "PUT http://127.0.0.1:10002/devstoreaccount1/Cases(PartitionKey='p',RowKey='a') HTTP/1.1",
                "PUT http://127.0.0.1:10002/devstoreaccount1/Cases(PartitionKey='p',RowKey='b') HTTP/1.1",
                "MERGE http://127.0.0.1:10002/devstoreaccount1/Cases(PartitionKey='p',RowKey='c') HTTP/1.1",
            ],
            lines.Where(l => l.EndsWith(" HTTP/1.1", StringComparison.Ordinal)));
        Assert.Equal(1, lines.Count(l => l.StartsWith("If-Match:", StringComparison.Ordinal)));
    }
}
