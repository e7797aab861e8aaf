using InsiderRisk.Storage.Azure.Tables;
using InsiderRisk.Storage.Tables;
using static InsiderRisk.Storage.Tests.Azure.Builders;

namespace InsiderRisk.Storage.Tests.Azure;

public sealed class TableBatchResponseTests
{
    private const string ContentType = "multipart/mixed; boundary=batchresponse_X";

    private const string Success =
        "--batchresponse_X\r\n" +
        "Content-Type: multipart/mixed; boundary=changesetresponse_Y\r\n" +
        "\r\n" +
        "--changesetresponse_Y\r\n" +
        "Content-Type: application/http\r\n" +
        "Content-Transfer-Encoding: binary\r\n" +
        "\r\n" +
        "HTTP/1.1 204 No Content\r\n" +
        "DataServiceVersion: 3.0;\r\n" +
        "ETag: W/\"datetime'2026-11-22T11%3A47%3A48.3828910Z'\"\r\n" +
        "\r\n" +
        "\r\n" +
        "--changesetresponse_Y\r\n" +
        "Content-Type: application/http\r\n" +
        "Content-Transfer-Encoding: binary\r\n" +
        "\r\n" +
        "HTTP/1.1 204 No Content\r\n" +
        "DataServiceVersion: 1.0;\r\n" +
        "\r\n" +
        "\r\n" +
        "--changesetresponse_Y--\r\n" +
        "--batchresponse_X--\r\n";

    private const string Failure =
        "--batchresponse_X\r\n" +
        "Content-Type: multipart/mixed; boundary=changesetresponse_Y\r\n" +
        "\r\n" +
        "--changesetresponse_Y\r\n" +
        "Content-Type: application/http\r\n" +
        "Content-Transfer-Encoding: binary\r\n" +
        "\r\n" +
        "HTTP/1.1 409 Conflict\r\n" +
        "Content-ID: 2\r\n" +
        "Content-Type: application/json;odata=minimalmetadata;charset=utf-8\r\n" +
        "\r\n" +
        "{\"odata.error\":{\"code\":\"EntityAlreadyExists\",\"message\":{\"lang\":\"en-US\",\"value\":\"1:The specified entity already exists.\\nRequestId:e5332012\\nTime:2026-11-22T11:47:48.227Z\"}}}\r\n" +
        "--changesetresponse_Y--\r\n" +
        "--batchresponse_X--\r\n";

    private static readonly IReadOnlyList<TableOperation> InsertThenDelete = [TableOperation.Insert(Entity("p", "a")), TableOperation.Delete("p", "b")];

    [Fact]
    public void A_successful_response_gives_each_operation_its_ETag()
    {
        var parts = TableBatchResponse.Parse(ContentType, Success);
        var etags = TableBatchOutcome.Interpret(parts, InsertThenDelete);

        Assert.Equal([204, 204], parts.Select(p => p.Status));
        Assert.Equal(["W/\"datetime'2026-11-22T11%3A47%3A48.3828910Z'\"", null], etags);
    }

    [Fact]
    public void A_failing_response_names_the_operation_from_the_message_index()
    {
        var parts = TableBatchResponse.Parse(ContentType, Failure);

        var error = Assert.Throws<BatchOperationException>(() => TableBatchOutcome.Interpret(parts, InsertThenDelete));

        Assert.Equal(1, error.FailedIndex);
        Assert.Equal(StorageErrorKind.Conflict, error.Kind);
        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Contains("The specified entity already exists.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("RequestId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_blank_lines_LF_line_ends_and_quoted_boundaries_are_tolerated()
    {
        var sloppy = "\r\n\r\n" + Success
            .Replace("\r\n--changesetresponse_Y\r\n", "\r\n\r\n\r\n--changesetresponse_Y\r\n", StringComparison.Ordinal)
            .Replace("boundary=changesetresponse_Y", "boundary=\"changesetresponse_Y\"", StringComparison.Ordinal)
            .Replace("\r\n", "\n", StringComparison.Ordinal) + "\r\n\r\n";

        var parts = TableBatchResponse.Parse("multipart/mixed; boundary=\"batchresponse_X\"", sloppy);

        Assert.Equal([204, 204], parts.Select(p => p.Status));
        Assert.NotNull(parts[0].Header("ETag"));
    }

    [Fact]
    public void A_batch_refused_as_a_whole_is_reported_against_the_operation_it_names()
    {
        const string refused =
            "--batchresponse_X\r\n" +
            "Content-Type: application/http\r\n" +
            "Content-Transfer-Encoding: binary\r\n" +
            "\r\n" +
            "HTTP/1.1 400 Bad Request\r\n" +
            "Content-Type: application/json;odata=minimalmetadata;charset=utf-8\r\n" +
            "\r\n" +
            "{\"odata.error\":{\"code\":\"InvalidInput\",\"message\":{\"lang\":\"en-US\",\"value\":\"0:One of the request inputs is not valid.\"}}}\r\n" +
            "--batchresponse_X--\r\n";

        var error = Assert.Throws<BatchOperationException>(() => TableBatchOutcome.Interpret(TableBatchResponse.Parse(ContentType, refused), InsertThenDelete));

        Assert.Equal(0, error.FailedIndex);
        Assert.Equal(StorageErrorKind.InvalidInput, error.Kind);
    }

    [Fact]
    public void A_failure_without_an_index_is_placed_by_position_only_when_every_operation_answered()
    {
        var unnamed = Failure.Replace("\"1:The specified", "\"The specified", StringComparison.Ordinal);

        var lone = Assert.Throws<BatchOperationException>(() => TableBatchOutcome.Interpret(TableBatchResponse.Parse(ContentType, unnamed), InsertThenDelete));
        var single = Assert.Throws<BatchOperationException>(() => TableBatchOutcome.Interpret(TableBatchResponse.Parse(ContentType, unnamed), [TableOperation.Insert(Entity("p", "a"))]));

        Assert.Equal(-1, lone.FailedIndex);
        Assert.Equal(0, single.FailedIndex);
    }

    [Fact]
    public void A_response_that_answers_the_wrong_number_of_operations_is_an_error()
    {
        var parts = TableBatchResponse.Parse(ContentType, Success);

        var error = Assert.Throws<StorageException>(() => TableBatchOutcome.Interpret(parts, [TableOperation.Insert(Entity("p", "a"))]));

        Assert.Equal(StorageErrorKind.Other, error.Kind);
    }

    [Fact]
    public void A_response_without_a_boundary_or_status_line_is_an_error()
    {
        Assert.Throws<StorageException>(() => TableBatchResponse.Parse("application/json", Success));
        Assert.Throws<StorageException>(() => TableBatchResponse.Parse(ContentType, "--batchresponse_X\r\nContent-Type: application/http\r\n\r\nnot http\r\n--batchresponse_X--\r\n"));
    }
}
