using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using InsiderRisk.Integrations.Http;

namespace InsiderRisk.Integrations.Email;

/// <summary>
/// ACS Email over its REST API on Azure.Core's pipeline: <c>POST emails:send</c> with our own
/// <c>Operation-Id</c>, then polls the operation to a terminal status. The same operation id on a
/// later attempt finds the first send instead of making a second one.
/// </summary>
public sealed class AcsEmailClient
{
    private readonly HttpPipeline pipeline;
    private readonly AcsEmailConnection connection;
    private readonly AcsEmailClientOptions options;
    private readonly TimeProvider time;
    private readonly AcsOperationPoller poller;

    public AcsEmailClient(AcsEmailConnection connection, AcsEmailClientOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        this.connection = connection;
        this.options = options ?? new AcsEmailClientOptions();
        this.time = time ?? TimeProvider.System;
        this.options.RetryPolicy ??= new EmailRetryPolicy(
            this.options.Retry.MaxRetries,
            DelayStrategy.CreateExponentialDelayStrategy(this.options.Retry.Delay, this.options.Retry.MaxDelay),
            this.options.MaxInProcessRetryAfter,
            this.time);
        pipeline = HttpPipelineBuilder.Build(this.options, [], [connection.CreateAuthenticationPolicy(this.time)], new ResponseClassifier());
        poller = new AcsOperationPoller(pipeline, this.options, this.time);
    }

    public Uri Endpoint => connection.Endpoint;

    /// <summary>
    /// Sends <paramref name="email"/> as operation <paramref name="operationId"/> and waits (bounded) for
    /// its outcome. Never throws for what ACS or the network does; only for the caller's cancellation.
    /// </summary>
    public async Task<EmailSendResult> SendAsync(OutgoingEmail email, Guid operationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await SendAndPollAsync(email, operationId, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new EmailSendResult.Deferred($"ACS Email did not answer in time (operation {operationId}).");
        }
        catch (RequestFailedException e)
        {
            return new EmailSendResult.Deferred($"ACS Email could not be reached (operation {operationId}): {e.InnerException?.Message ?? e.Message}");
        }
    }

    private async Task<EmailSendResult> SendAndPollAsync(OutgoingEmail email, Guid operationId, CancellationToken cancellationToken)
    {
        using var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(connection.Endpoint);
        request.Uri.AppendPath("emails:send", escape: false);
        request.Uri.AppendQuery("api-version", options.ApiVersion);
        request.Headers.SetValue("Operation-Id", operationId.ToString("D"));
        request.Headers.SetValue(HttpHeader.Names.ContentType, "application/json");
        request.Headers.SetValue(HttpHeader.Names.Accept, "application/json");
        request.Content = RequestContent.Create(AcsEmailJson.SendBody(email));

        await pipeline.SendAsync(message, cancellationToken);
        var response = message.Response;
        var statusUri = OperationStatusUri(operationId);
        return response.Status switch
        {
            202 => await poller.PollAsync(operationId, PollUri(response, statusUri), RetryAfterHeader.Read(response, time.GetUtcNow()), conflict: null, cancellationToken),

            // The operation id is taken: by the send of an earlier attempt whose answer we never got.
            409 => await poller.PollAsync(operationId, statusUri, TimeSpan.Zero, conflict: AcsErrors.Describe(response), cancellationToken),
            _ => AcsErrors.ToResult(response, "the send", time.GetUtcNow()),
        };
    }

    private Uri OperationStatusUri(Guid operationId)
    {
        var builder = new RequestUriBuilder();
        builder.Reset(connection.Endpoint);
        builder.AppendPath("emails/operations/", escape: false);
        builder.AppendPath(operationId.ToString("D"), escape: true);
        builder.AppendQuery("api-version", options.ApiVersion);
        return builder.ToUri();
    }

    /// <summary>Operation-Location is followed only on our own endpoint, so credentials never go elsewhere.</summary>
    private Uri PollUri(Response response, Uri fallback) =>
        response.Headers.TryGetValue("Operation-Location", out var location)
        && Uri.TryCreate(location, UriKind.Absolute, out var uri)
        && Uri.Compare(uri, connection.Endpoint, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            ? uri
            : fallback;
}
