using System.Net;
using System.Security.Cryptography;
using System.Text;
using InsiderRisk.Storage.Azure;
using InsiderRisk.Storage.Azure.Auth;
using InsiderRisk.Storage.Azure.Connection;
using static InsiderRisk.Storage.Tests.Azure.Builders;

namespace InsiderRisk.Storage.Tests.Azure;

/// <summary>
/// The signatures, checked against strings-to-sign written out here from the documented rules and
/// an HMAC computed here, not by the code under test.
/// </summary>
public sealed class SharedKeySignatureTests
{
    private const string Date = "Sun, 11 Oct 2009 21:49:13 GMT";
    private static readonly DateTimeOffset Instant = new(2009, 10, 11, 21, 49, 13, TimeSpan.Zero);

    private static string Hmac(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(DevelopmentStorage.AccountKey), Encoding.UTF8.GetBytes(stringToSign)));

    private static AzureStorageClientOptions Recording(RecordingHandler handler)
    {
        var options = Through(handler);
        options.Clock = new FixedClock(Instant);
        return options;
    }

    [Fact]
    public async Task A_table_request_is_signed_with_SharedKeyLite_over_date_and_path_style_resource()
    {
        var handler = new RecordingHandler(_ => Answer(HttpStatusCode.NotFound, "{\"odata.error\":{\"code\":\"ResourceNotFound\",\"message\":{\"value\":\"x\"}}}"));
        var store = new AzureTableStore(StorageConnection.Parse("UseDevelopmentStorage=true"), Recording(handler));

        await store.GetAsync("Cases", "O'Brien", "r 1");

        var sent = Assert.Single(handler.Requests);
        const string stringToSign = Date + "\n/devstoreaccount1/devstoreaccount1/Cases(PartitionKey='O%27%27Brien',RowKey='r%201')";
        Assert.Equal(Date, sent.Header("x-ms-date"));
        Assert.Equal($"SharedKeyLite devstoreaccount1:{Hmac(stringToSign)}", sent.Header("Authorization"));
    }

    [Fact]
    public void The_table_canonicalized_resource_keeps_only_comp_of_the_query()
    {
        Assert.Equal("/myaccount/?comp=properties", SharedKeySigning.TableCanonicalizedResource("myaccount", new Uri("https://myaccount.table.core.windows.net/?restype=service&comp=properties")));
        Assert.Equal("/myaccount/Cases()", SharedKeySigning.TableCanonicalizedResource("myaccount", new Uri("https://myaccount.table.core.windows.net/Cases()?$filter=a%20eq%201&$top=5")));
        Assert.Equal("/devstoreaccount1/devstoreaccount1/$batch", SharedKeySigning.TableCanonicalizedResource("devstoreaccount1", new Uri("http://127.0.0.1:10002/devstoreaccount1/$batch")));
    }

    [Fact]
    public async Task A_queue_request_is_signed_with_SharedKey_over_headers_and_sorted_decoded_query()
    {
        var handler = new RecordingHandler(_ => Answer(HttpStatusCode.NoContent));
        var store = new AzureQueueStore(StorageConnection.Parse("UseDevelopmentStorage=true"), Recording(handler));

        await store.DeleteAsync("jobs", "id-1", "AgAAAA+/xyz==");

        var sent = Assert.Single(handler.Requests);
        var stringToSign =
            "DELETE\n\n\n\n\n\n\n\n\n\n\n\n" +
            $"x-ms-client-request-id:{sent.Header("x-ms-client-request-id")}\n" +
            $"x-ms-date:{Date}\n" +
            "x-ms-return-client-request-id:true\n" +
            "x-ms-version:2021-12-02\n" +
            "/devstoreaccount1/devstoreaccount1/jobs/messages/id-1\n" +
            "popreceipt:AgAAAA+/xyz==";
        Assert.Contains("popreceipt=AgAAAA%2B%2Fxyz%3D%3D", sent.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal($"SharedKey devstoreaccount1:{Hmac(stringToSign)}", sent.Header("Authorization"));
    }

    [Fact]
    public async Task A_queue_request_with_a_body_signs_its_length_and_content_type()
    {
        var handler = new RecordingHandler(_ => Answer(HttpStatusCode.Created, "<QueueMessagesList><QueueMessage><MessageId>m</MessageId></QueueMessage></QueueMessagesList>", "application/xml"));
        var store = new AzureQueueStore(StorageConnection.Parse("UseDevelopmentStorage=true"), Recording(handler));

        await store.SendAsync("jobs", "hi", TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60));

        var sent = Assert.Single(handler.Requests);
        var stringToSign =
            $"POST\n\n\n{Encoding.UTF8.GetByteCount(sent.Body)}\n\napplication/xml\n\n\n\n\n\n\n" +
            $"x-ms-client-request-id:{sent.Header("x-ms-client-request-id")}\n" +
            $"x-ms-date:{Date}\n" +
            "x-ms-return-client-request-id:true\n" +
            "x-ms-version:2021-12-02\n" +
            "/devstoreaccount1/devstoreaccount1/jobs/messages\n" +
            "messagettl:60\n" +
            "visibilitytimeout:5";
        Assert.Equal("application/xml", sent.Header("Content-Type"));
        Assert.Equal($"SharedKey devstoreaccount1:{Hmac(stringToSign)}", sent.Header("Authorization"));
    }

    [Fact]
    public void The_documented_SharedKey_example_string_to_sign_is_reproduced()
    {
        // The Shared Key documentation's example: GET container metadata with a timeout.
        var uri = new Uri("https://myaccount.blob.core.windows.net/mycontainer?restype=container&comp=metadata&timeout=20");
        var headers = new[] { ("x-ms-version", "2015-02-21"), ("x-ms-date", "Fri, 26 Jun 2015 23:39:12 GMT") };

        var stringToSign = SharedKeySigning.SharedKeyStringToSign(
            "GET",
            _ => null,
            0,
            SharedKeySigning.CanonicalizedHeaders(headers),
            SharedKeySigning.SharedKeyCanonicalizedResource("myaccount", uri));

        Assert.Equal(
            "GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Fri, 26 Jun 2015 23:39:12 GMT\nx-ms-version:2015-02-21\n/myaccount/mycontainer\ncomp:metadata\nrestype:container\ntimeout:20",
            stringToSign);
    }

    [Fact]
    public void The_key_signs_with_HMAC_SHA256_and_never_shows_itself()
    {
        var key = new StorageSharedKey("acct", DevelopmentStorage.AccountKey);

        Assert.NotEqual(key.Sign("a"), key.Sign("b"));
        Assert.Equal(Hmac("a"), key.Sign("a"));
        Assert.Equal("SharedKey(acct)", key.ToString());
    }
}
