using System.Text.Json.Nodes;

namespace InsiderRisk.Functions.OpenApi;

/// <summary>The <see cref="ConnectorHints"/> as Swagger extensions: <c>x-ms-visibility</c> and <c>x-ms-dynamic-values</c>.</summary>
public sealed class InputHints(SchemaRegistry schemas, IReadOnlyList<ApiOperation> published)
{
    /// <summary>Visibility and pickers on the top-level fields of an operation's body.</summary>
    public void ApplyToBody(JsonObject properties, string endpointName)
    {
        var advanced = ConnectorHints.AdvancedProperties.GetValueOrDefault(endpointName);
        foreach (var (name, node) in properties)
        {
            if (node is not JsonObject property || property.ContainsKey("$ref"))
            {
                continue;
            }

            if (advanced?.Contains(name) == true)
            {
                property["x-ms-visibility"] = ConnectorHints.Advanced;
            }
            else if (ConnectorHints.PropertyVisibility.TryGetValue(name, out var visibility))
            {
                property["x-ms-visibility"] = visibility;
            }

            if (DynamicValues(name) is { } dynamicValues)
            {
                property["x-ms-dynamic-values"] = dynamicValues;
            }
        }
    }

    /// <summary>The picker's source, only when that operation is in the connector.</summary>
    public JsonObject? DynamicValues(string name)
    {
        if (!ConnectorHints.DynamicValues.TryGetValue(name, out var source)
            || published.FirstOrDefault(operation => operation.OperationId == source.OperationId) is not { } target)
        {
            return null;
        }

        var json = new JsonObject { ["operationId"] = source.OperationId };
        var listed = target.Responses.FirstOrDefault(response => response.StatusCode == StatusCodes.Status200OK)?.Type;
        // A bare array lists the choices itself; the API's lists are objects with their choices in "items".
        if (listed is null || (string?)schemas.For(listed)["type"] != "array")
        {
            json["value-collection"] = "items";
        }

        json["value-path"] = source.ValuePath;
        json["value-title"] = source.ValuePath;
        return json;
    }
}
