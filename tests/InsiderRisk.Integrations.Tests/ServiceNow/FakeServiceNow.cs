using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using InsiderRisk.Integrations.Tests.Graph;

namespace InsiderRisk.Integrations.Tests.ServiceNow;

/// <summary>
/// Plays a ServiceNow instance's Table API for incidents on loopback: checks the sign-in, the path and
/// the query, keeps the incidents it creates, and answers with ServiceNow's own error shape.
/// </summary>
internal sealed class FakeServiceNow
{
    private readonly string authorization;
    private readonly ConcurrentDictionary<string, JsonObject> incidents = new();
    private readonly ConcurrentQueue<(string Method, LoopbackResponse Response)> faults = new();
    private int sequence = 10000;

    public FakeServiceNow(string username = "svc-insiderrisk", string password = "pa:ss-wörd", string? token = null)
    {
        authorization = token is null
            ? "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}"))
            : "Bearer " + token;
        Server = new LoopbackServer(Respond);
    }

    public LoopbackServer Server { get; }

    public int LoseCreateResponses { get; set; }

    public IReadOnlyCollection<JsonObject> Incidents => [.. incidents.Values];

    public void FailNext(string method, LoopbackResponse response) => faults.Enqueue((method, response));

    public static LoopbackResponse Error(int status, string message, string detail, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["detail"] = detail }, ["status"] = "failure" }.ToJsonString(), headers);

    private LoopbackResponse Respond(RecordedRequest request)
    {
        if (request.Header("Authorization") != authorization)
        {
            return Error(401, "User Not Authenticated", "Required to provide Auth information");
        }

        if (faults.TryPeek(out var fault) && fault.Method == request.Method && faults.TryDequeue(out fault))
        {
            return fault.Response;
        }

        if (request.Path != "/api/now/table/incident")
        {
            return Error(400, "Invalid table", request.Path);
        }

        return request.Method switch
        {
            "GET" => Find(request),
            "POST" => Create(request),
            _ => Error(405, "Method not allowed", request.Method),
        };
    }

    private LoopbackResponse Find(RecordedRequest request)
    {
        var query = request.QueryValue("sysparm_query") ?? "";
        if (!query.StartsWith("correlation_id=", StringComparison.Ordinal) || request.QueryValue("sysparm_limit") != "1")
        {
            return Error(400, "Unexpected query", query);
        }

        var correlation = query["correlation_id=".Length..];
        var found = incidents.Values.Where(incident => (string?)incident["correlation_id"] == correlation)
            .Select(incident => (JsonNode)new JsonObject { ["sys_id"] = incident["sys_id"]!.DeepClone(), ["number"] = incident["number"]!.DeepClone() });
        return new LoopbackResponse(200, new JsonObject { ["result"] = new JsonArray([.. found]) }.ToJsonString());
    }

    private LoopbackResponse Create(RecordedRequest request)
    {
        var record = JsonNode.Parse(request.Body)!.AsObject();
        if (string.IsNullOrEmpty((string?)record["short_description"]))
        {
            return Error(400, "Invalid insert", "short_description is mandatory");
        }

        var n = Interlocked.Increment(ref sequence);
        record["sys_id"] = string.Create(CultureInfo.InvariantCulture, $"sys{n:x}");
        record["number"] = string.Create(CultureInfo.InvariantCulture, $"INC00{n}");
        incidents[(string)record["sys_id"]!] = record;
        if (LoseCreateResponses > 0)
        {
            LoseCreateResponses--;
            return LoopbackResponse.Lost;
        }

        return new LoopbackResponse(201, new JsonObject { ["result"] = record.DeepClone() }.ToJsonString());
    }
}
