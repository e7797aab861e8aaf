using System.Collections;
using System.Globalization;

namespace InsiderRisk.Functions.Telemetry;

/// <summary>
/// One event of the telemetry contract (infra/README.md): the log entry's state, whose message is the
/// event name and whose structured fields are <c>EventName</c> plus the event's fields as invariant
/// strings — the same properties the exporter sends as the trace's custom dimensions. Never carries a
/// user identity.
/// </summary>
public sealed class TelemetryEvent : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string AlertsIngested = "AlertsIngested";
    public const string TriageBacklog = "TriageBacklog";
    public const string CaseEffectCompleted = "CaseEffectCompleted";
    public const string MessagePoisoned = "MessagePoisoned";
    public const string RiskRunCompleted = "RiskRunCompleted";

    private const string OriginalFormat = "{OriginalFormat}";

    private readonly List<KeyValuePair<string, object?>> fields;

    public TelemetryEvent(string name, params (string Name, object Value)[] values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        Name = name;
        fields = [new("EventName", name)];
        fields.AddRange(values.Select(value => new KeyValuePair<string, object?>(value.Name, Convert.ToString(value.Value, CultureInfo.InvariantCulture))));
        fields.Add(new(OriginalFormat, name));
    }

    public string Name { get; }

    /// <summary><c>EventName</c> and the event's fields, as the trace's custom dimensions hold them.</summary>
    public IEnumerable<KeyValuePair<string, string>> Properties =>
        fields.Where(pair => pair.Key != OriginalFormat).Select(pair => new KeyValuePair<string, string>(pair.Key, (string)pair.Value!));

    public int Count => fields.Count;

    public KeyValuePair<string, object?> this[int index] => fields[index];

    /// <summary>The value of a field, as the exporter sees it.</summary>
    public string? this[string field] => fields.FirstOrDefault(pair => pair.Key == field).Value as string;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Name;
}
