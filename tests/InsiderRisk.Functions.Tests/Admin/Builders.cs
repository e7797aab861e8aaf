using System.Text.Json.Nodes;

namespace InsiderRisk.Functions.Tests.Admin;

internal static class Builders
{
    public const string Admin = "admin@contoso.test";

    public static JsonObject Template(
        string subject = "Your recent activity",
        string body = "Hello {{userDisplayName}}, please contact HR.",
        string? sender = null,
        params string[] cc)
    {
        var template = new JsonObject { ["subject"] = subject, ["body"] = body };
        if (sender is not null)
        {
            template["sender"] = sender;
        }

        if (cc.Length > 0)
        {
            template["cc"] = new JsonArray([.. cc.Select(address => (JsonNode)address)]);
        }

        return template;
    }

    public static HttpContent Json(JsonNode node) => Tests.Builders.Json(node.ToJsonString());
}
