using System.Net;
using Azure.Core.Pipeline;
using InsiderRisk.Storage.Azure;
using InsiderRisk.Storage.Azure.Connection;
using static InsiderRisk.Storage.Tests.Azure.Builders;

namespace InsiderRisk.Storage.Tests.Azure;

/// <summary>Azure.Core's retry policy under our clients, and the typed errors left when it gives up.</summary>
public sealed class PipelineRetryTests
{
    private static readonly StorageConnection Azurite = StorageConnection.Parse("UseDevelopmentStorage=true");

    private static HttpResponseMessage Error(HttpStatusCode status, string code)
    {
        var response = Answer(status, $"{{\"odata.error\":{{\"code\":\"{code}\",\"message\":{{\"value\":\"{code} happened.\\nRequestId:1\"}}}}}}");
        response.Headers.Add("x-ms-error-code", code);
        return response;
    }

    [Fact]
    public async Task Throttling_is_retried_and_each_try_is_signed_afresh()
    {
        var tries = 0;
        var handler = new RecordingHandler(_ => ++tries <= 2 ? Error(HttpStatusCode.ServiceUnavailable, "ServerBusy") : Answer(HttpStatusCode.NoContent));
        var options = Through(handler, maxRetries: 5);
        options.Clock = new TickingClock();

        await new AzureTableStore(Azurite, options).CreateTableIfNotExistsAsync("Cases");

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(3, handler.Requests.Select(r => r.Header("x-ms-date")).Distinct().Count());
        Assert.Equal(3, handler.Requests.Select(r => r.Header("Authorization")).Distinct().Count());
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, "ServerBusy", StorageErrorKind.Throttled)]
    [InlineData(HttpStatusCode.TooManyRequests, "TooManyRequests", StorageErrorKind.Throttled)]
    [InlineData(HttpStatusCode.InternalServerError, "ServerBusy", StorageErrorKind.Throttled)]
    [InlineData(HttpStatusCode.InternalServerError, "InternalError", StorageErrorKind.Other)]
    [InlineData(HttpStatusCode.RequestTimeout, "OperationTimedOut", StorageErrorKind.Other)]
    public async Task Retriable_statuses_are_retried_then_reported_by_kind(HttpStatusCode status, string code, StorageErrorKind kind)
    {
        var handler = new RecordingHandler(_ => Error(status, code));

        var error = await Assert.ThrowsAsync<StorageException>(() => new AzureTableStore(Azurite, Through(handler, maxRetries: 2)).CreateTableIfNotExistsAsync("Cases"));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(kind, error.Kind);
        Assert.Equal((int)status, error.Status);
        Assert.Equal(code, error.ErrorCode);
        Assert.Contains($"{code} happened.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("RequestId", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "InvalidInput", StorageErrorKind.InvalidInput)]
    [InlineData(HttpStatusCode.Unauthorized, "NoAuthenticationInformation", StorageErrorKind.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden, "AuthorizationFailure", StorageErrorKind.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound, "TableNotFound", StorageErrorKind.NotFound)]
    [InlineData(HttpStatusCode.PreconditionFailed, "UpdateConditionNotSatisfied", StorageErrorKind.PreconditionFailed)]
    public async Task Other_failures_are_not_retried(HttpStatusCode status, string code, StorageErrorKind kind)
    {
        var handler = new RecordingHandler(_ => Error(status, code));

        var error = await Assert.ThrowsAsync<StorageException>(() => new AzureTableStore(Azurite, Through(handler)).ExecuteAsync("Cases", InsiderRisk.Storage.Tables.TableOperation.Replace(Entity("p", "r"))));

        Assert.Single(handler.Requests);
        Assert.Equal(kind, error.Kind);
    }

    [Fact]
    public async Task Network_failures_are_retried_then_reported_as_a_storage_error()
    {
        var handler = new RecordingHandler(_ => throw new HttpRequestException("connection refused"));

        var error = await Assert.ThrowsAsync<StorageException>(() => new AzureQueueStore(Azurite, Through(handler, maxRetries: 2)).CreateQueueIfNotExistsAsync("jobs"));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(StorageErrorKind.Other, error.Kind);
    }

    [Fact]
    public async Task A_try_that_exceeds_the_network_timeout_is_abandoned_and_retried()
    {
        var tries = 0;
        var handler = new StallingHandler(() => ++tries == 1);
        var options = FastRetries(maxRetries: 2);
        options.Retry.NetworkTimeout = TimeSpan.FromMilliseconds(200);
        options.Transport = new HttpClientTransport(new HttpClient(handler));

        await new AzureQueueStore(Azurite, options).CreateQueueIfNotExistsAsync("jobs");

        Assert.Equal(2, tries);
    }

    [Fact]
    public async Task Public_endpoints_get_clean_paths()
    {
        var handler = new RecordingHandler(_ => Answer(HttpStatusCode.NoContent));
        var connection = StorageConnection.Parse("AccountName=acct;AccountKey=" + DevelopmentStorage.AccountKey);

        await new AzureTableStore(connection, Through(handler)).CreateTableIfNotExistsAsync("Cases");
        await new AzureQueueStore(connection, Through(handler)).CreateQueueIfNotExistsAsync("jobs");

        Assert.Equal(["https://acct.table.core.windows.net/Tables", "https://acct.queue.core.windows.net/jobs"], handler.Requests.Select(r => r.Uri.AbsoluteUri));
    }

    private sealed class TickingClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now = now.AddSeconds(1);
    }

    /// <summary>Hangs (until cancelled) while <c>stall()</c> says so, then answers 201.</summary>
    private sealed class StallingHandler(Func<bool> stall) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (stall())
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return new HttpResponseMessage(HttpStatusCode.Created);
        }
    }
}
