using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Domain;

namespace InsiderRisk.Functions.Alerts.Admin;

/// <summary>Copies of message bodies fit for an admin's eyes: each alert's <c>userId</c> becomes its pseudonym.</summary>
public static class MessageBodies
{
    public static string Pseudonymized(string body, Func<string, UserPseudonym> pseudonymize)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(pseudonymize);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            // Not JSON at all: nothing in it is a userId field, and the admin needs to see what arrived.
            return body;
        }

        var alerts = root switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject one => [one],
            _ => [],
        };
        foreach (var alert in alerts)
        {
            foreach (var name in alert.Select(property => property.Key).ToList())
            {
                if (string.Equals(name, "userId", StringComparison.OrdinalIgnoreCase)
                    && alert[name] is JsonValue value && value.TryGetValue<string>(out var raw) && !string.IsNullOrWhiteSpace(raw))
                {
                    alert[name] = pseudonymize(raw).Value;
                }
            }
        }

        return root?.ToJsonString() ?? body;
    }
}
