using System.Globalization;
using System.Text.Json;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Alerts.Admin;
using InsiderRisk.Functions.Invocations;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Functions.Telemetry;

namespace InsiderRisk.Functions.Alerts.Ingestion;

/// <summary>
/// One message of the Service Bus queue <c>alerts</c> (function <c>IngestAlerts</c>): the body is one alert or an array,
/// as a JSON string or as JSON. A valid delivery is stored like <c>POST /api/alerts</c>. An invalid one
/// stores nothing in the alerts: it is recorded with its errors in <c>InvalidMessages</c> (one row per
/// message, whatever the delivery count) and the invocation fails with 400, so the host retries it and
/// then dead-letters it (API.md: invalid messages go to the dead-letter queue) — never dropped silently.
/// </summary>
public sealed class AlertMessageIngest(
    AlertIngestion ingestion,
    InvalidMessageLog invalidMessages,
    IAuditLog audit,
    TimeProvider time,
    ITelemetryEvents telemetry)
{
    public const string Queue = "alerts";

    public async Task<InvocationResult> HandleAsync(InvocationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.ReadTriggerText();
        var now = time.GetUtcNow();
        var json = Parse(context);
        var validation = json is { } body
            ? AlertDelivery.Validate(body, now)
            : AlertDelivery.Invalid("The message body is not JSON: send one alert object or an array of alerts.");
        if (validation is Validation<IReadOnlyList<Alert>>.Invalid invalid)
        {
            var facts = new MessageFacts(context.Metadata.MessageId, EnqueuedAt(context.Metadata), context.Metadata.DequeueCount);
            await invalidMessages.RecordAsync(Queue, text, invalid.Errors, facts, context.CancellationToken);
            if (context.Metadata.DequeueCount is not > 1)
            {
                // Counted once per message: the host delivers it again until it dead-letters it.
                telemetry.AlertsIngested(0, 0, AlertDelivery.ItemCount(json));
            }

            throw new InvalidTriggerPayloadException(
                $"The message holds no valid alert delivery ({invalid.Errors.Count} fields with errors); it is listed at GET /api/admin/invalid-messages.");
        }

        var alerts = ((Validation<IReadOnlyList<Alert>>.Valid)validation).Value;
        var result = await ingestion.IngestAsync(alerts, context.CancellationToken);
        await audit.WriteAsync(
            new AuditEntry(now, CaseNote.SystemAuthor, "alert.ingest", AuditTargets.Alerts(alerts.Select(a => a.AlertId.Value)), AuditOutcome.Succeeded,
                string.Create(CultureInfo.InvariantCulture, $"queue {Queue}: {result.Accepted.Count} stored, {result.Duplicates.Count} duplicates")),
            context.CancellationToken);
        return InvocationResult.Empty.WithLog(
            string.Create(CultureInfo.InvariantCulture, $"Stored {result.Accepted.Count} alerts; {result.Duplicates.Count} were already known."));
    }

    private static JsonElement? Parse(InvocationContext context)
    {
        try
        {
            return context.ReadTriggerJson();
        }
        catch (InvalidTriggerPayloadException)
        {
            return null;
        }
    }

    private static DateTimeOffset? EnqueuedAt(InvocationMetadata metadata) =>
        (metadata.GetString("EnqueuedTimeUtc") ?? metadata.GetString("InsertionTime")) is { } text
        && DateTimeOffset.TryParse(text.Trim('"'), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime()
            : null;
}
