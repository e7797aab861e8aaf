using System.Text.Json.Nodes;

namespace InsiderRisk.Functions.OpenApi;

/// <summary>
/// How a connection authenticates: OAuth 2.0 with Entra ID (the app registration App Service
/// Authentication validates tokens for), or a Functions key in <c>x-functions-key</c> where a
/// deployment accepts keys. apiProperties.json carries the tenant-specific values.
/// </summary>
public static class ConnectorSecurity
{
    public const string OAuth = "oauth2";
    public const string FunctionKey = "functionKey";
    public const string FunctionKeyHeader = "x-functions-key";
    public const string Scope = "user_impersonation";

    public static JsonObject Definitions() => new()
    {
        [OAuth] = new JsonObject
        {
            ["type"] = "oauth2",
            ["flow"] = "accessCode",
            ["authorizationUrl"] = "https://login.microsoftonline.com/common/oauth2/authorize",
            ["tokenUrl"] = "https://login.microsoftonline.com/common/oauth2/token",
            ["scopes"] = new JsonObject { [Scope] = "Call the InsiderRisk API as the signed-in user, with the app roles assigned to them." },
        },
        [FunctionKey] = new JsonObject
        {
            ["type"] = "apiKey",
            ["in"] = "header",
            ["name"] = FunctionKeyHeader,
            ["description"] = "A function or host key of the function app.",
        },
    };

    /// <summary>Either scheme authorizes a call.</summary>
    public static JsonArray Requirement() =>
    [
        new JsonObject { [OAuth] = new JsonArray(Scope) },
        new JsonObject { [FunctionKey] = new JsonArray() },
    ];
}
