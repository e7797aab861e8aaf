using System.Collections;
using System.Globalization;

namespace InsiderRisk.Functions.Effects;

/// <summary>
/// One event of the telemetry contract (infra/README.md): a log entry whose message is the event name
/// and whose structured fields are <c>EventName</c> plus the event's fields as invariant strings, so a
/// logging exporter turns them into the trace's custom dimensions. Never carries a user identity.
/// </summary>
public sealed class TelemetryEvent : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string CaseEffectCompleted = "CaseEffectCompleted";
    public const string TriageBacklog = "TriageBacklog";
    public const string MessagePoisoned = "MessagePoisoned";

    private readonly List<KeyValuePair<string, object?>> fields;

    private TelemetryEvent(string name, IEnumerable<(string Name, object Value)> values)
    {
        Name = name;
        fields = [new("EventName", name)];
        fields.AddRange(values.Select(value => new KeyValuePair<string, object?>(value.Name, Convert.ToString(value.Value, CultureInfo.InvariantCulture))));
        fields.Add(new("{OriginalFormat}", name));
    }

    public string Name { get; }

    public int Count => fields.Count;

    public KeyValuePair<string, object?> this[int index] => fields[index];

    public static void Emit(ILogger logger, string name, params (string Name, object Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(logger);
        logger.Log(LogLevel.Information, new EventId(0, name), new TelemetryEvent(name, values), null, static (state, _) => state.Name);
    }

    /// <summary>The value of a field, as the exporter sees it.</summary>
    public string? this[string field] => fields.FirstOrDefault(pair => pair.Key == field).Value as string;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
