using System.Text.Json.Nodes;

namespace InsiderRisk.Deployment.Tests.Connector;

/// <summary>Finds every object held under a given property name, anywhere in a JSON tree.</summary>
public static class JsonWalk
{
    public static IEnumerable<JsonObject> DescendantsNamed(this JsonNode node, string name)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case JsonObject json:
                foreach (var (key, value) in json)
                {
                    if (key == name && value is JsonObject match)
                    {
                        yield return match;
                    }

                    if (value is not null)
                    {
                        foreach (var found in value.DescendantsNamed(name))
                        {
                            yield return found;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>())
                {
                    foreach (var found in item.DescendantsNamed(name))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
