using System.Globalization;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Dashboard;

namespace InsiderRisk.Functions.Telemetry;

/// <summary>Writes each contract event to the log and hands it to the exporter's queue (when there is one).</summary>
public sealed class TelemetryEvents(TelemetryQueue queue, TimeProvider time, ILogger<TelemetryEvents> logger) : ITelemetryEvents
{
    public void AlertsIngested(int count, int duplicates, int invalid) =>
        Emit(TelemetryEvent.AlertsIngested, ("Count", count), ("Duplicates", duplicates), ("Invalid", invalid));

    public void TriageBacklog(SeverityCounts backlog)
    {
        ArgumentNullException.ThrowIfNull(backlog);
        Emit(TelemetryEvent.TriageBacklog, ("High", backlog.High), ("Medium", backlog.Medium), ("Low", backlog.Low));
    }

    public void CaseEffectCompleted(EffectKind kind, EffectStatus outcome, int attempts) =>
        Emit(TelemetryEvent.CaseEffectCompleted, ("EffectKind", EffectKindNames.Of(kind)), ("Outcome", outcome.ToString()), ("Attempts", attempts));

    public void MessagePoisoned(string queue) =>
        Emit(TelemetryEvent.MessagePoisoned, ("Queue", queue));

    public void RiskRunCompleted(string runId, long usersScored, TimeSpan duration) =>
        Emit(
            TelemetryEvent.RiskRunCompleted,
            ("RunId", runId),
            ("UsersScored", usersScored),
            ("DurationMs", Math.Max(0L, (long)Math.Round(duration.TotalMilliseconds, MidpointRounding.AwayFromZero))));

    private void Emit(string name, params (string Name, object Value)[] values)
    {
        var item = new TelemetryEvent(name, values);
        logger.Log(LogLevel.Information, new EventId(0, name), item, null, static (state, _) => Describe(state));
        queue.Add(new TelemetryItem(item, time.GetUtcNow()));
    }

    /// <summary>The console line of a local run: the name and every field.</summary>
    private static string Describe(TelemetryEvent item) => string.Join(
        ' ',
        item.Properties.Skip(1).Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key}={pair.Value}")).Prepend(item.Name + ":"));
}
