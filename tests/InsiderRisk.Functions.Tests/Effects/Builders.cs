using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InsiderRisk.Functions.Tests.Effects;

/// <summary>Alerts, requests and reads for the effect runner's and sweeper's tests.</summary>
public static class EffectBuilders
{
    public const string AnalystId = "ana@contoso.test";
    public const string InvestigatorId = "ivan@contoso.test";
    public const string ContributorId = "cora@contoso.test";
    public const string InvestigatedUser = "megan@contoso.test";

    private static int next;

    public static string NewId(string prefix) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{Interlocked.Increment(ref next):D4}-{Guid.NewGuid():N}")[..30];

    /// <summary>An alert as the pipelines send it, detected an hour before <paramref name="now"/>.</summary>
    public static JsonObject Alert(string alertId, DateTimeOffset now, string severity = "High", string userId = InvestigatedUser, string policy = "Data leaks")
    {
        var detectedAt = now.AddHours(-1);
        return new JsonObject
        {
            ["alertId"] = alertId,
            ["userId"] = userId,
            ["policy"] = policy,
            ["severity"] = severity,
            ["riskScore"] = 80,
            ["detectedAt"] = Iso(detectedAt),
            ["title"] = "Sensitive files shared outside the organization",
            ["activities"] = new JsonArray(
                new JsonObject { ["type"] = "FileShared", ["time"] = Iso(detectedAt.AddMinutes(-1)), ["riskScore"] = 70, ["detail"] = "roadmap.pptx" }),
        };
    }

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static HttpRequestMessage Post(string path, object? body) =>
        new(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };

    public static async Task<JsonElement> SendJsonAsync(this HttpClient client, HttpRequestMessage request, System.Net.HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(client);
        using (request)
        {
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(expected == response.StatusCode, $"{request.Method} {request.RequestUri}: {(int)response.StatusCode} {text}");
            using var document = JsonDocument.Parse(string.IsNullOrEmpty(text) ? "null" : text);
            return document.RootElement.Clone();
        }
    }

    public static Task<JsonElement> GetJsonAsync(this HttpClient client, string path) =>
        client.SendJsonAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)), System.Net.HttpStatusCode.OK);

    public static JsonElement Effect(this JsonElement effects, string effectId) =>
        effects.EnumerateArray().Single(effect => effect.GetProperty("effectId").GetString() == effectId);

    public static IEnumerable<JsonElement> OfKind(this JsonElement effects, string kind) =>
        effects.EnumerateArray().Where(effect => effect.GetProperty("kind").GetString() == kind);

    public static string Text(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
