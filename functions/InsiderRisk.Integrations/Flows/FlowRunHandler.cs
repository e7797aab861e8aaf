using System.Net.Http.Json;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Http;
using Microsoft.Extensions.Logging;

namespace InsiderRisk.Integrations.Flows;

/// <summary>
/// RunFlow: POSTs the pseudonymized case context to the flow's HTTP trigger; 2xx is success and the
/// flow's answer (status and a short excerpt) becomes the run outcome. The effect id travels as
/// <c>x-ms-client-tracking-id</c> (the run's tracking id in Power Automate) and <c>Idempotency-Key</c>:
/// an HTTP trigger cannot tell a retry from a new run by itself, so a flow that must not run twice
/// checks that key. Flows registered as <c>local</c> go to <paramref name="localSink"/>.
/// The trigger URL (its query holds the flow's signature) never reaches a log, an error or an outcome.
/// </summary>
public sealed partial class FlowRunHandler(
    HttpClient http,
    FlowCatalog catalog,
    IEffectHandler localSink,
    TimeProvider time,
    ILogger<FlowRunHandler> logger) : IEffectHandler
{
    public EffectKind Kind => EffectKind.RunFlow;

    public string Channel => "power-automate";

    public async Task<EffectOutcome> ExecuteAsync(EffectInvocation invocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.Payload is not EffectPayload.RunFlow payload)
        {
            return EffectPayloads.Mismatch(invocation, Kind);
        }

        var target = catalog.Find(payload.FlowName);
        if (target is null)
        {
            return new EffectOutcome.Failed($"no flow named '{payload.FlowName}' is configured (Flows__{payload.FlowName}__Url)", Permanent: true);
        }

        if (target.Url is null)
        {
            return await localSink.ExecuteAsync(invocation, cancellationToken);
        }

        try
        {
            return await RunAsync(invocation, target, target.Url, FlowRequest.For(invocation, payload, time.GetUtcNow()), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failed = HttpFailures.ForException($"flow '{target.Name}'", exception);
            return Failed(invocation, target, failed with { Error = target.Redact(failed.Error) });
        }
    }

    private async Task<EffectOutcome> RunAsync(EffectInvocation invocation, FlowTarget target, Uri url, FlowRequest body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("x-ms-client-tracking-id", invocation.EffectId.Value);
        request.Headers.Add("Idempotency-Key", invocation.EffectId.Value);
        using var response = await http.SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        var answer = FlowAnswer.Describe(status, await response.Content.ReadAsStringAsync(cancellationToken), target);
        if (!response.IsSuccessStatusCode)
        {
            var retryAfter = RetryAfterHeader.From(response.Headers.RetryAfter, time.GetUtcNow());
            return Failed(invocation, target, HttpFailures.ForStatus($"flow '{target.Name}'", status, answer, retryAfter));
        }

        LogRan(invocation.EffectId.Value, target.Name, target.Host, status);
        return new EffectOutcome.Succeeded(new EffectResult.FlowCompleted(answer), $"flow '{target.Name}' answered {status}");
    }

    private EffectOutcome.Failed Failed(EffectInvocation invocation, FlowTarget target, EffectOutcome.Failed failed)
    {
        LogFailed(invocation.EffectId.Value, target.Name, target.Host, invocation.Attempt, failed.Permanent, failed.Error);
        return failed;
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Effect {EffectId}: flow {FlowName} on {Host} answered {Status}")]
    private partial void LogRan(string effectId, string flowName, string host, int status);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning, Message = "Effect {EffectId}: flow {FlowName} on {Host}, attempt {Attempt} failed (permanent: {Permanent}): {Error}")]
    private partial void LogFailed(string effectId, string flowName, string host, int attempt, bool permanent, string error);
}
