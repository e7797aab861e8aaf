using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Http;
using Microsoft.Extensions.Logging;

namespace InsiderRisk.Integrations.ServiceNow;

/// <summary>
/// CreateIncident ("share with ServiceNow"): looks for the incident by correlation id first, so a retry
/// after a lost response finds it; otherwise creates it. The result is the incident number.
/// </summary>
public sealed partial class ServiceNowIncidentHandler(ServiceNowClient client, ServiceNowSettings settings, ILogger<ServiceNowIncidentHandler> logger)
    : IEffectHandler
{
    public EffectKind Kind => EffectKind.CreateIncident;

    public string Channel => "servicenow";

    public async Task<EffectOutcome> ExecuteAsync(EffectInvocation invocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.Payload is not EffectPayload.CreateIncident payload)
        {
            return EffectPayloads.Mismatch(invocation, Kind);
        }

        var fields = IncidentFields.For(invocation, payload, settings.Category);
        try
        {
            var existing = await client.FindByCorrelationAsync(fields.CorrelationId, cancellationToken);
            var incident = existing ?? await client.CreateAsync(fields, cancellationToken);
            var how = existing is null ? "created" : "found, created by an earlier attempt";
            LogIncident(invocation.EffectId.Value, incident.Number, how);
            return new EffectOutcome.Succeeded(new EffectResult.IncidentCreated(incident.Number), $"ServiceNow incident {incident.Number} {how}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failed = exception is ServiceNowException answered
                ? HttpFailures.ForStatus("ServiceNow", answered.Status, answered.ServiceText, answered.RetryAfter)
                : HttpFailures.ForException("ServiceNow", exception);
            LogFailure(invocation.EffectId.Value, invocation.Attempt, failed.Permanent, failed.Error);
            return failed;
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Effect {EffectId}: ServiceNow incident {Number} {How}")]
    private partial void LogIncident(string effectId, string number, string how);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Effect {EffectId}: ServiceNow attempt {Attempt} failed (permanent: {Permanent}): {Error}")]
    private partial void LogFailure(string effectId, int attempt, bool permanent, string error);
}
