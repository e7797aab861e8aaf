using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace InsiderRisk.Storage.Cases;

/// <summary>
/// The events of one append as one JSON array; their sequences follow from the commit's first.
/// Field names are part of the stored format: never rename them.
/// </summary>
internal static class CommitJson
{
    /// <summary>Event data is itself JSON: escape its quotes as \" rather than \u0022, a third of the size.</summary>
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<NewEvent> events)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartArray();
            foreach (var e in events)
            {
                writer.WriteStartObject();
                writer.WriteString("type", e.Type);
                writer.WriteString("data", e.Data);
                writer.WriteString("at", e.At);
                writer.WriteString("by", e.By);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static IEnumerable<StoredEvent> Read(string json, long firstSequence)
    {
        using var document = JsonDocument.Parse(json);
        var sequence = firstSequence;
        var events = new List<StoredEvent>();
        foreach (var e in document.RootElement.EnumerateArray())
        {
            events.Add(new StoredEvent(
                sequence++,
                e.GetProperty("type").GetString()!,
                e.GetProperty("data").GetString()!,
                e.GetProperty("at").GetDateTimeOffset(),
                e.GetProperty("by").GetString()!));
        }

        return events;
    }
}
