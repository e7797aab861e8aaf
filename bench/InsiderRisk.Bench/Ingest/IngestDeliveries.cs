using System.Globalization;
using System.Text.Json;

namespace InsiderRisk.Bench.Ingest;

/// <summary>
/// Deterministic alert deliveries as a pipeline sends them to the <c>alerts</c> queue: JSON arrays of
/// <see cref="BatchSize"/> alerts, each on a uniformly drawn user, detected in the last 30 days, with
/// two activities and a file, a third on a sign-in. Built one delivery at a time, never all at once.
/// </summary>
public sealed class IngestDeliveries(int users, int alerts, int seed, DateTimeOffset now)
{
    public const int BatchSize = 100;
    private static readonly string[] Policies = ["Data leaks", "Data theft by departing users", "Risky browser usage", "Security policy violations"];

    public int Alerts => alerts;

    public int Count => (alerts + BatchSize - 1) / BatchSize;

    /// <summary>Delivery <paramref name="index"/> of the measured ones, as the invocation's <c>Data</c> object.</summary>
    public JsonElement Delivery(int index) =>
        Build("ing", index, Math.Min(BatchSize, alerts - (index * BatchSize)));

    /// <summary>A delivery of alerts outside the measured set (their own ids), to warm the code up.</summary>
    public JsonElement Warmup(int index) => Build("warm", index, BatchSize);

    private JsonElement Build(string prefix, int index, int count)
    {
        var random = new Random(unchecked(seed + (index * 7919) + prefix.Length));
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("message");
            for (int i = 0; i < count; i++)
            {
                WriteAlert(json, $"{prefix}-{seed}-{(index * BatchSize) + i:D9}", random);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private void WriteAlert(Utf8JsonWriter json, string alertId, Random random)
    {
        int user = random.Next(users);
        int score = random.Next(10, 101);
        var detectedAt = now - TimeSpan.FromMinutes(10 + (random.NextDouble() * TimeSpan.FromDays(30).TotalMinutes));
        json.WriteStartObject();
        json.WriteString("alertId", alertId);
        json.WriteString("userId", string.Create(CultureInfo.InvariantCulture, $"user{user:D6}@contoso.example"));
        json.WriteString("policy", Policies[random.Next(Policies.Length)]);
        json.WriteNumber("riskScore", score);
        json.WriteString("detectedAt", Time(detectedAt));
        json.WriteString("title", string.Create(CultureInfo.InvariantCulture, $"Unusual volume of file downloads ({score})"));
        json.WriteStartArray("activities");
        for (int a = 0; a < 2; a++)
        {
            json.WriteStartObject();
            json.WriteString("type", a == 0 ? "FileDownloaded" : "FileCopiedToUsb");
            json.WriteString("time", Time(detectedAt - TimeSpan.FromMinutes(a + 1)));
            json.WriteNumber("riskScore", score);
            json.WriteString("detail", "Downloaded 240 files from a finance site");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("contentItems");
        json.WriteStartObject();
        json.WriteString("id", alertId + "-f1");
        json.WriteString("kind", "File");
        json.WriteString("name", "Q3 forecast.xlsx");
        json.WriteString("source", "SharePoint");
        json.WriteString("location", "https://contoso.sharepoint.com/sites/finance/Q3%20forecast.xlsx");
        json.WriteString("sensitivity", "Confidential");
        json.WriteEndObject();
        json.WriteEndArray();
        if (random.Next(3) == 0)
        {
            json.WriteString("signInId", string.Create(CultureInfo.InvariantCulture, $"si-{user:D6}-{random.Next(3)}"));
        }

        json.WriteEndObject();
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
