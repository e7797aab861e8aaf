using Azure.Core;
using Azure.Core.Pipeline;
using InsiderRisk.Storage.Azure;
using InsiderRisk.Storage.Azure.Connection;
using static InsiderRisk.Storage.Tests.Azure.Builders;

namespace InsiderRisk.Storage.Tests.Azure;

/// <summary>
/// The Entra ID path end to end against a loopback HTTP server that demands the Bearer token.
/// Azure.Core's bearer policy refuses plain http, so the client is given https endpoints and a
/// test transport that carries those requests to the plain-http loopback server.
/// </summary>
public sealed class EntraIdTests
{
    private const string Token = "fake-entra-token";

    [Fact]
    public async Task Tables_and_queues_send_a_Bearer_token_for_the_storage_scope()
    {
        using var server = new LoopbackServer(request => request.Authorization == $"Bearer {Token}"
            ? request switch
            {
                { Method: "POST", Path: "/acct/Tables" } => (204, null, null),
                { Method: "PUT", Path: "/acct/jobs" } => (201, null, null),
                _ => (404, "{\"odata.error\":{\"code\":\"ResourceNotFound\",\"message\":{\"value\":\"none\"}}}", "application/json"),
            }
            : (401, "<Error><Code>NoAuthenticationInformation</Code><Message>Bearer token required.</Message></Error>", "application/xml"));
        var credential = new RecordingCredential();
        var connection = StorageConnection.WithCredential(
            new Uri($"https://127.0.0.1:{server.Port}/acct"),
            new Uri($"https://127.0.0.1:{server.Port}/acct"),
            credential);
        var options = new AzureStorageClientOptions { Transport = new HttpClientTransport(new HttpClient(new HttpsToLoopbackHandler())) };

        await new AzureTableStore(connection, options).CreateTableIfNotExistsAsync("Cases");
        await new AzureQueueStore(connection, options).CreateQueueIfNotExistsAsync("jobs");
        var absent = await new AzureTableStore(connection, options).GetAsync("Cases", "p", "r");

        Assert.Null(absent);
        Assert.Equal(3, server.Received.Count);
        Assert.All(server.Received, r => Assert.Equal($"Bearer {Token}", r.Authorization));
        Assert.NotEmpty(credential.Scopes);
        Assert.All(credential.Scopes, s => Assert.Equal(["https://storage.azure.com/.default"], s));
    }

    [Fact]
    public async Task A_refused_token_is_an_Unauthorized_error()
    {
        using var server = new LoopbackServer(_ => (403, "<Error><Code>AuthorizationPermissionMismatch</Code><Message>This request is not authorized.</Message></Error>", "application/xml"));
        var connection = StorageConnection.WithCredential(null, new Uri($"https://127.0.0.1:{server.Port}/acct"), new RecordingCredential());
        var options = Through(new HttpsToLoopbackHandler());

        var error = await Assert.ThrowsAsync<StorageException>(() => new AzureQueueStore(connection, options).CreateQueueIfNotExistsAsync("jobs"));

        Assert.Equal(StorageErrorKind.Unauthorized, error.Kind);
        Assert.Equal("AuthorizationPermissionMismatch", error.ErrorCode);
    }

    [Fact]
    public async Task Plain_http_is_never_given_a_token()
    {
        var connection = StorageConnection.WithCredential(new Uri("http://127.0.0.1:1/acct"), null, new RecordingCredential());
        var handler = new RecordingHandler(_ => throw new InvalidOperationException("nothing may be sent"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new AzureTableStore(connection, Through(handler)).CreateTableIfNotExistsAsync("Cases"));

        Assert.Contains("https", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(handler.Requests);
    }

    private sealed class RecordingCredential : TokenCredential
    {
        public List<string[]> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.Add(requestContext.Scopes);
            return new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    /// <summary>Carries https://127.0.0.1 requests to the same port over plain http (test transport only).</summary>
    private sealed class HttpsToLoopbackHandler() : DelegatingHandler(new HttpClientHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            if (uri.Scheme == Uri.UriSchemeHttps && uri.Host == "127.0.0.1")
            {
                request.RequestUri = new UriBuilder(uri) { Scheme = Uri.UriSchemeHttp }.Uri;
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
