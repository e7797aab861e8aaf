using System.Globalization;
using System.Text.Json.Nodes;

namespace InsiderRisk.Functions.Tests.Telemetry;

/// <summary>What the fake ingestion endpoint answers: a status, the ingestion body, and maybe Retry-After.</summary>
internal sealed record FakeAnswer(int Status, string Body, string? RetryAfter = null)
{
    public static FakeAnswer Accepted(int count) => new(200, Summary(count, count, []));

    public static FakeAnswer Unavailable(int retryAfterSeconds) =>
        new(503, Summary(0, 0, []), retryAfterSeconds.ToString(CultureInfo.InvariantCulture));

    /// <summary>206: the items at the given indexes were refused with their status codes; the rest accepted.</summary>
    public static FakeAnswer Partial(int count, params (int Index, int Status)[] refused) =>
        new(206, Summary(count, count - refused.Length, refused));

    private static string Summary(int received, int accepted, (int Index, int Status)[] errors) => new JsonObject
    {
        ["itemsReceived"] = received,
        ["itemsAccepted"] = accepted,
        ["errors"] = new JsonArray([.. errors.Select(error => (JsonNode)new JsonObject
        {
            ["index"] = error.Index,
            ["statusCode"] = error.Status,
            ["message"] = error.Status == 400 ? "Field 'message' is invalid." : "Throttled.",
        })]),
    }.ToJsonString();
}
