using System.Globalization;
using System.Text.Json;

namespace InsiderRisk.Functions.Telemetry;

/// <summary>
/// A batch as the body of <c>POST /v2.1/track</c>: a JSON array of envelopes, each a
/// <c>Microsoft.ApplicationInsights.Message</c> whose <c>MessageData</c> has the event name as its
/// message and <c>EventName</c> plus the fields as properties — what lands in <c>traces</c> as
/// <c>message</c> and <c>customDimensions</c>.
/// </summary>
internal static class TrackEnvelopes
{
    /// <summary>Information: what the contract's events are.</summary>
    private const int SeverityInformation = 1;

    public static byte[] Write(IReadOnlyList<TelemetryItem> items, string instrumentationKey, TelemetryRole role)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var item in items)
            {
                WriteEnvelope(json, item, instrumentationKey, role);
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static void WriteEnvelope(Utf8JsonWriter json, TelemetryItem item, string instrumentationKey, TelemetryRole role)
    {
        json.WriteStartObject();
        json.WriteString("name", "Microsoft.ApplicationInsights.Message");
        json.WriteString("time", item.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        json.WriteString("iKey", instrumentationKey);
        json.WriteStartObject("tags");
        json.WriteString("ai.cloud.role", role.Role);
        json.WriteString("ai.cloud.roleInstance", role.Instance);
        json.WriteEndObject();
        json.WriteStartObject("data");
        json.WriteString("baseType", "MessageData");
        json.WriteStartObject("baseData");
        json.WriteNumber("ver", 2);
        json.WriteString("message", item.Event.Name);
        json.WriteNumber("severityLevel", SeverityInformation);
        json.WriteStartObject("properties");
        foreach (var (name, value) in item.Event.Properties)
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
