using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace InsiderRisk.Functions.Telemetry;

/// <summary>
/// POSTs batches to <c>{IngestionEndpoint}/v2.1/track</c> on an Azure.Core pipeline: retries with
/// Retry-After (<see cref="TelemetryRetryPolicy"/>), and an Entra ID bearer token for
/// <see cref="AppInsightsAuthentication.Scope"/> when the authentication string asks for it. Never
/// throws for what the service or the network does: the outcome says what was lost and why.
/// </summary>
internal sealed class AppInsightsSender
{
    private readonly AppInsightsConnection connection;
    private readonly TelemetryRole role;
    private readonly HttpPipeline pipeline;

    public AppInsightsSender(AppInsightsConnection connection, TelemetryRole role, TelemetryExportOptions options, TelemetryCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(credentials);
        this.connection = connection;
        this.role = role;
        HttpPipelinePolicy[] perRetry = connection.Authentication.UseEntraId
            ? [new BearerTokenAuthenticationPolicy(credentials.For(connection.Authentication), AppInsightsAuthentication.Scope)]
            : [];
        pipeline = HttpPipelineBuilder.Build(new AppInsightsClientOptions(options), [], perRetry, new ResponseClassifier());
    }

    public async Task<TrackResult> SendAsync(IReadOnlyList<TelemetryItem> batch, CancellationToken cancellationToken)
    {
        using var message = pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Post;
        message.Request.Uri.Reset(connection.TrackUri);
        message.Request.Headers.Add(HttpHeader.Names.ContentType, "application/json");
        message.Request.Content = RequestContent.Create(TrackEnvelopes.Write(batch, connection.InstrumentationKey, role));
        try
        {
            await pipeline.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException or IOException or AuthenticationFailedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return TrackResult.AllLost(batch.Count, $"the ingestion endpoint could not be reached ({ex.GetType().Name})");
        }

        return Outcome(batch, message.Response);
    }

    private static TrackResult Outcome(IReadOnlyList<TelemetryItem> batch, Response response)
    {
        if (response.Status == 200)
        {
            return new TrackResult(batch.Count, [], 0, null);
        }

        var status = response.Status.ToString(CultureInfo.InvariantCulture);
        if (response.Status != 206 || TrackResponse.TryParse(response.Content) is not { } partial)
        {
            return TrackResult.AllLost(batch.Count, $"the ingestion endpoint answered {status}");
        }

        var resend = partial.RetryableIndexes.Where(index => index >= 0 && index < batch.Count).Distinct().Select(index => batch[index]).ToList();
        return new TrackResult(partial.ItemsAccepted, resend, partial.Rejected, partial.Rejected > 0 ? "the ingestion endpoint rejected items as invalid" : null);
    }
}
