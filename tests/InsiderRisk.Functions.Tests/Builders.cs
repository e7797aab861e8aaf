using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Functions.Authentication;

namespace InsiderRisk.Functions.Tests;

/// <summary>Requests, headers and payloads shaped like what callers and the Functions host send.</summary>
public static class Builders
{
    public const string AnyUser = "casey@contoso.test";

    public static HttpRequestMessage Request(HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    public static (string, string) DevUser(string user = AnyUser) => (DevelopmentIdentity.UserHeader, user);

    public static (string, string) DevRoles(string roles) => (DevelopmentIdentity.RolesHeader, roles);

    public static (string, string) EasyAuth(string base64) => (EasyAuthIdentity.PrincipalHeader, base64);

    /// <summary>A client principal as App Service Authentication encodes it.</summary>
    public static string ClientPrincipal(
        IEnumerable<(string Type, string Value)> claims,
        string nameType = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
        string roleType = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role")
    {
        var json = new JsonObject
        {
            ["auth_typ"] = "aad",
            ["claims"] = new JsonArray([.. claims.Select(claim => (JsonNode)new JsonObject { ["typ"] = claim.Type, ["val"] = claim.Value })]),
            ["name_typ"] = nameType,
            ["role_typ"] = roleType,
        };
        return Base64(json.ToJsonString());
    }

    public static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>An invocation envelope: <c>{"Data": {binding: value}, "Metadata": metadata}</c>.</summary>
    public static HttpContent Invocation(string binding, JsonNode? value, JsonNode? metadata = null)
    {
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject { [binding] = value },
            ["Metadata"] = metadata ?? QueueMetadata(dequeueCount: 1),
        };
        return Json(envelope.ToJsonString());
    }

    /// <summary>Queue trigger metadata as the host sends it.</summary>
    public static JsonObject QueueMetadata(JsonNode? dequeueCount, string id = "0f1e2d3c-aaaa-bbbb-cccc-000000000001") => new()
    {
        ["DequeueCount"] = dequeueCount,
        ["Id"] = id,
        ["InsertionTime"] = "2026-11-22T10:00:00+00:00",
        ["PopReceipt"] = "AgAAAAMAAAAAAAAA",
        ["sys"] = new JsonObject { ["MethodName"] = "RunCaseEffect", ["UtcNow"] = "2026-11-22T10:00:01Z" },
    };

    public static StringContent Json(string text)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
