using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InsiderRisk.TestSupport;

namespace InsiderRisk.Integrations.Tests.Graph;

/// <summary>
/// Plays Microsoft Graph for the handlers: teams (with their creation operations and groups), archive,
/// eDiscovery cases and risky users, checking the bearer token, paths and bodies as Graph would.
/// Faults are injected per method and path; <see cref="LoseCreateResponses"/> creates, then drops the connection.
/// </summary>
internal sealed partial class FakeGraph
{
    private readonly string token;
    private readonly ConcurrentDictionary<string, FakeTeam> teams = new();
    private readonly ConcurrentDictionary<string, JsonObject> ediscoveryCases = new();
    private readonly ConcurrentQueue<(string Method, string Path, LoopbackResponse Response)> faults = new();
    private int sequence;

    public FakeGraph(string token = FakeTokenCredential.DefaultToken)
    {
        this.token = token;
        Server = new LoopbackServer(Respond);
    }

    public LoopbackServer Server { get; }

    public Uri BaseUrl => new(Server.BaseUri, "v1.0");

    /// <summary>Polls that answer inProgress before a new team's operation succeeds.</summary>
    public int InProgressPolls { get; set; } = 1;

    public string? FailOperationWith { get; set; }

    public int LoseCreateResponses { get; set; }

    public ConcurrentQueue<(string Action, string[] UserIds)> RiskFeedback { get; } = new();

    public IReadOnlyCollection<FakeTeam> Teams => [.. teams.Values];

    public IReadOnlyCollection<JsonObject> EdiscoveryCases => [.. ediscoveryCases.Values];

    /// <summary>The next request with this method and path (under /v1.0) gets <paramref name="response"/> instead.</summary>
    public void FailNext(string method, string path, LoopbackResponse response) => faults.Enqueue((method, "/v1.0" + path, response));

    public FakeTeam AddTeam(string id, bool archived = false)
    {
        var team = new FakeTeam(id, "existing", $"group of {id}", "op-" + id) { IsArchived = archived, PollsLeft = 0 };
        teams[id] = team;
        return team;
    }

    public void AddEdiscoveryCase(string id, string displayName, string externalId) =>
        ediscoveryCases[id] = new JsonObject { ["id"] = id, ["displayName"] = displayName, ["externalId"] = externalId };

    public static LoopbackResponse Error(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString(), headers);

    private LoopbackResponse Respond(RecordedRequest request)
    {
        if (request.Header("Authorization") != "Bearer " + token)
        {
            return Error(401, "InvalidAuthenticationToken", "Access token is empty or invalid.");
        }

        if (faults.TryPeek(out var fault) && fault.Method == request.Method && fault.Path == request.Path && faults.TryDequeue(out fault))
        {
            return fault.Response;
        }

        var path = request.Path;
        return (request.Method, path) switch
        {
            ("POST", "/v1.0/teams") => CreateTeam(request),
            ("GET", "/v1.0/groups") => ListGroups(request),
            ("GET", _) when OperationPath().Match(path) is { Success: true } match => Operation(match.Groups[1].Value, match.Groups[2].Value),
            ("POST", _) when ArchivePath().Match(path) is { Success: true } match => Archive(match.Groups[1].Value, request),
            ("GET", _) when TeamPath().Match(path) is { Success: true } match => GetTeam(match.Groups[1].Value),
            ("GET", "/v1.0/security/cases/ediscoveryCases") => ListCases(request),
            ("POST", "/v1.0/security/cases/ediscoveryCases") => CreateCase(request),
            ("POST", "/v1.0/identityProtection/riskyUsers/confirmCompromised") => RiskyUsers("confirmCompromised", request),
            ("POST", "/v1.0/identityProtection/riskyUsers/dismiss") => RiskyUsers("dismiss", request),
            _ => Error(404, "UnknownRoute", $"{request.Method} {path} is not served by the fake"),
        };
    }

    private int Next() => Interlocked.Increment(ref sequence);

    private static JsonObject Parse(RecordedRequest request) => JsonNode.Parse(request.Body)!.AsObject();

    /// <summary>The value of a <c>name eq 'literal'</c> filter, unescaped; null when the filter is not that shape.</summary>
    private static string? EqualsLiteral(string? filter, string name)
    {
        var match = filter is null ? null : EqFilter().Match(filter);
        return match is { Success: true } && match.Groups[1].Value == name ? match.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal) : null;
    }

    [GeneratedRegex("^/v1.0/teams/([^/]+)/operations/([^/]+)$")]
    private static partial Regex OperationPath();

    [GeneratedRegex("^/v1.0/teams/([^/]+)/archive$")]
    private static partial Regex ArchivePath();

    [GeneratedRegex("^/v1.0/teams/([^/]+)$")]
    private static partial Regex TeamPath();

    [GeneratedRegex("^(\\w+) eq '((?:[^']|'')*)'$")]
    private static partial Regex EqFilter();
}
