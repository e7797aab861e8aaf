using System.Net;
using InsiderRisk.Storage.Azure;
using InsiderRisk.Storage.Azure.Connection;
using InsiderRisk.Storage.Tables;
using static InsiderRisk.Storage.Tests.Azure.Builders;

namespace InsiderRisk.Storage.Tests.Azure;

/// <summary>What the table client puts on the wire, checked against a recording endpoint.</summary>
public sealed class TableRequestShapeTests
{
    private const string EmptyPage = "{\"value\":[]}";

    [Fact]
    public async Task The_query_string_is_percent_encoded()
    {
        var handler = new RecordingHandler(_ => Answer(HttpStatusCode.OK, EmptyPage));
        var store = new AzureTableStore(StorageConnection.Parse("UseDevelopmentStorage=true"), Through(handler));
        const string nasty = "a&b=c+d/e?f#g:h@i,j$k'l m%";

        await store.QueryPageAsync("Cases", new TableQuery { Filter = TableFilter.Eq("Name", nasty), PageSize = 7, Select = ["Name"] });

        var sent = Assert.Single(handler.Requests);
        var query = Parameters(sent.Uri);
        Assert.Equal("/devstoreaccount1/Cases()", sent.Uri.AbsolutePath);
        Assert.Equal("Name eq 'a&b=c+d/e?f#g:h@i,j$k''l m%'", Uri.UnescapeDataString(query["$filter"]));
        foreach (var encoded in new[] { "%26", "%3D", "%2B", "%2F", "%3F", "%23", "%3A", "%40", "%2C", "%24", "%27", "%20", "%25" })
        {
            Assert.Contains(encoded, query["$filter"], StringComparison.Ordinal);
        }

        Assert.Equal("7", query["$top"]);
        Assert.Equal("PartitionKey,RowKey,Timestamp,Name", Uri.UnescapeDataString(query["$select"]));
        Assert.Equal("application/json; odata=minimalmetadata", sent.Header("Accept"));
        Assert.Equal("2019-02-02", sent.Header("x-ms-version"));
    }

    [Fact]
    public async Task An_empty_page_that_continues_is_followed_and_the_next_token_carries_both_keys()
    {
        var answers = new Queue<HttpResponseMessage>();
        answers.Enqueue(Continued(EmptyPage, "1!8!cDE-", null));
        answers.Enqueue(Continued("{\"value\":[{\"PartitionKey\":\"p1\",\"RowKey\":\"r1\",\"odata.etag\":\"W/\\\"1\\\"\"}]}", "1!8!cDE-", "1!8!cjI-"));
        answers.Enqueue(Answer(HttpStatusCode.OK, "{\"value\":[{\"PartitionKey\":\"p1\",\"RowKey\":\"r2\"}]}"));
        var handler = new RecordingHandler(_ => answers.Dequeue());
        var store = new AzureTableStore(StorageConnection.Parse("UseDevelopmentStorage=true"), Through(handler));

        var first = await store.QueryPageAsync("Cases", new TableQuery());
        var second = await store.QueryPageAsync("Cases", new TableQuery { ContinuationToken = first.ContinuationToken });

        Assert.Equal("r1", Assert.Single(first.Items).RowKey);
        Assert.Equal("W/\"1\"", first.Items[0].ETag);
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal("r2", Assert.Single(second.Items).RowKey);
        Assert.Null(second.ContinuationToken);
        Assert.Equal(3, handler.Requests.Count);
        Assert.False(Parameters(handler.Requests[0].Uri).ContainsKey("NextPartitionKey"));
        Assert.Equal("1!8!cDE-", Decoded(handler.Requests[1].Uri, "NextPartitionKey"));
        Assert.False(Parameters(handler.Requests[1].Uri).ContainsKey("NextRowKey"));
        Assert.Equal("1!8!cDE-", Decoded(handler.Requests[2].Uri, "NextPartitionKey"));
        Assert.Equal("1!8!cjI-", Decoded(handler.Requests[2].Uri, "NextRowKey"));
    }

    [Fact]
    public async Task Writes_carry_If_Match_only_where_the_operation_is_conditional()
    {
        var handler = new RecordingHandler(_ => new HttpResponseMessage(HttpStatusCode.NoContent) { Headers = { ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"e\"", true) } });
        var store = new AzureTableStore(StorageConnection.Parse("UseDevelopmentStorage=true"), Through(handler));
        var entity = Entity("p", "r", ("N", 1));

        var etag = await store.ExecuteAsync("Cases", TableOperation.Replace(entity, "W/\"old\""));
        await store.ExecuteAsync("Cases", TableOperation.Merge(entity));
        await store.ExecuteAsync("Cases", TableOperation.UpsertReplace(entity));
        await store.ExecuteAsync("Cases", TableOperation.UpsertMerge(entity));
        await store.ExecuteAsync("Cases", TableOperation.Delete("p", "r", "W/\"old\""));

        Assert.Equal("W/\"e\"", etag);
        Assert.Equal(
            [("PUT", "W/\"old\""), ("MERGE", "*"), ("PUT", null), ("MERGE", null), ("DELETE", "W/\"old\"")],
            handler.Requests.Select(r => (r.Method, r.Header("If-Match"))));
        Assert.All(handler.Requests.Take(4), r => Assert.Equal("return-no-content", r.Header("Prefer")));
        Assert.Equal(string.Empty, handler.Requests[4].Body);
    }

    private static HttpResponseMessage Continued(string body, string nextPartition, string? nextRow)
    {
        var response = Answer(HttpStatusCode.OK, body);
        response.Headers.Add("x-ms-continuation-NextPartitionKey", nextPartition);
        if (nextRow is not null)
        {
            response.Headers.Add("x-ms-continuation-NextRowKey", nextRow);
        }

        return response;
    }

    private static Dictionary<string, string> Parameters(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty, StringComparer.Ordinal);

    private static string Decoded(Uri uri, string name) => Uri.UnescapeDataString(Parameters(uri)[name]);
}
