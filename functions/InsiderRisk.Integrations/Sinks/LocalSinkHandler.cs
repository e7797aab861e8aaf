using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Storage;
using Microsoft.Extensions.Logging;

namespace InsiderRisk.Integrations.Sinks;

/// <summary>
/// Serves a kind whose service is not configured: records what would have been sent and succeeds with
/// a labelled stand-in result. Idempotent: a record already there is the answer, so a retry neither
/// writes again nor changes the result.
/// </summary>
public sealed partial class LocalSinkHandler(ILocalSinkPlan plan, ISinkRecordStore store, TimeProvider time, ILogger<LocalSinkHandler> logger)
    : IEffectHandler
{
    public const string LocalSinkChannel = "local-sink";

    public EffectKind Kind => plan.Kind;

    public string Channel => LocalSinkChannel;

    public async Task<EffectOutcome> ExecuteAsync(EffectInvocation invocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.Payload.Kind != Kind)
        {
            return EffectPayloads.Mismatch(invocation, Kind);
        }

        try
        {
            var record = await store.FindAsync(invocation.CaseId, invocation.EffectId, cancellationToken);
            if (record is null)
            {
                var now = time.GetUtcNow();
                var planned = plan.Plan(invocation, now);
                record = new SinkRecord(invocation.CaseId.Value, invocation.EffectId.Value, Kind, planned.Request, planned.Result, now);
                await store.RecordAsync(record, cancellationToken);
            }

            LogRecorded(invocation.EffectId.Value, Kind.ToString());
            return plan.Outcome(record);
        }
        catch (StorageException exception)
        {
            return new EffectOutcome.Failed($"local sink could not record the effect: {exception.Message}", Permanent: false);
        }
    }

    [LoggerMessage(EventId = 4401, Level = LogLevel.Information, Message = "Effect {EffectId}: {Kind} recorded by the local sink")]
    private partial void LogRecorded(string effectId, string kind);
}
