using System.Globalization;
using System.Text.Json;

namespace InsiderRisk.Bench.Recompute;

/// <summary>
/// The 1 % change before the incremental run: one new alert for every hundredth user, as deliveries
/// of up to 100 alerts for the app's <c>IngestAlerts</c> handler (which marks their inputs changed).
/// </summary>
public sealed class RecomputeChanges(RecomputeData data, int seed)
{
    public const int EveryNthUser = 100;
    private const int BatchSize = 100;

    public int Users => (data.UserCount + EveryNthUser - 1) / EveryNthUser;

    public IEnumerable<JsonElement> Deliveries()
    {
        var detectedAt = (data.Now - TimeSpan.FromHours(1)).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var users in Enumerable.Range(0, Users).Select(i => i * EveryNthUser).Chunk(BatchSize))
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteStartArray("message");
                foreach (int user in users)
                {
                    json.WriteStartObject();
                    json.WriteString("alertId", string.Create(CultureInfo.InvariantCulture, $"rc-{seed}-{user:D7}-new"));
                    json.WriteString("userId", RecomputeData.UserIdOf(user));
                    json.WriteString("policy", "Data leaks");
                    json.WriteNumber("riskScore", 70);
                    json.WriteString("detectedAt", detectedAt);
                    json.WriteString("title", "Files copied to a personal cloud account");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            using var document = JsonDocument.Parse(buffer.ToArray());
            yield return document.RootElement.Clone();
        }
    }
}
