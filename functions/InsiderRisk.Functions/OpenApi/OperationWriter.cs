using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace InsiderRisk.Functions.OpenApi;

/// <summary>One operation in Swagger 2.0 with the connector's extensions (x-ms-summary, x-ms-visibility, x-ms-dynamic-values).</summary>
public sealed class OperationWriter(SchemaRegistry schemas, IReadOnlyList<ApiOperation> published)
{
    private readonly InputHints hints = new(schemas, published);

    public const string ErrorDescription =
        "An error as application/problem+json: status, title, detail and, for invalid input, errors by field.";

    public JsonObject Write(ApiOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var json = new JsonObject
        {
            ["operationId"] = operation.OperationId,
            ["summary"] = HumanText.Title(operation.OperationId),
            ["description"] = Description(operation),
        };
        if (operation.Tags.Count > 0)
        {
            json["tags"] = new JsonArray([.. operation.Tags.Select(tag => JsonValue.Create(tag))]);
        }

        if (ConnectorHints.OperationVisibility.TryGetValue(operation.EndpointName, out var visibility))
        {
            json["x-ms-visibility"] = visibility;
        }

        var parameters = new JsonArray([.. operation.Parameters.Select(Parameter)]);
        if (operation.Body is { } body)
        {
            parameters.Add(Body(body, operation.EndpointName));
        }

        if (parameters.Count > 0)
        {
            json["parameters"] = parameters;
        }

        json["responses"] = Responses(operation);
        if (operation.Anonymous)
        {
            json["security"] = new JsonArray();
        }

        return json;
    }

    private static string Description(ApiOperation operation)
    {
        var text = string.Join(' ', new[] { operation.Summary, operation.Description }.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.Trim()));
        text = text.Length == 0 ? HumanText.Title(operation.OperationId) : text;
        return text.EndsWith('.') ? text : text + ".";
    }

    private JsonObject Parameter(ApiParameter parameter)
    {
        var json = new JsonObject { ["name"] = parameter.Name, ["in"] = parameter.In, ["required"] = parameter.Required };
        foreach (var (key, value) in SimpleSchema(parameter.Type))
        {
            json[key] = value?.DeepClone();
        }

        json["x-ms-summary"] = HumanText.Label(parameter.Name);
        json["description"] = ParameterDescriptions.For(parameter.Name);
        if (!parameter.Required && ConnectorHints.ParameterVisibility.TryGetValue(parameter.Name, out var visibility))
        {
            json["x-ms-visibility"] = visibility;
        }

        if (hints.DynamicValues(parameter.Name) is { } dynamicValues)
        {
            json["x-ms-dynamic-values"] = dynamicValues;
        }

        return json;
    }

    /// <summary>Non-body parameters take a type, never a reference: simple values, arrays of them, else a string.</summary>
    private JsonObject SimpleSchema(Type type)
    {
        if (PrimitiveSchemas.For(type, schemas.Options) is { } primitive && primitive.ContainsKey("type") && (string?)primitive["type"] != "object")
        {
            return primitive;
        }

        if (type.IsArray && type.GetElementType() is { } element)
        {
            return new JsonObject { ["type"] = "array", ["items"] = SimpleSchema(element), ["collectionFormat"] = "multi" };
        }

        return new JsonObject { ["type"] = "string" };
    }

    private JsonObject Body(ApiBody body, string endpointName)
    {
        var schema = schemas.For(body.Type);
        if (schemas.DefinitionOf(body.Type) is { } name && schemas.Definitions[name]["properties"] is JsonObject properties)
        {
            hints.ApplyToBody(properties, endpointName);
        }

        return new JsonObject
        {
            ["name"] = "body",
            ["in"] = "body",
            ["required"] = body.Required,
            ["schema"] = schema,
            ["x-ms-summary"] = HumanText.Label(schemas.DefinitionOf(body.Type) ?? "Body"),
        };
    }

    private JsonObject Responses(ApiOperation operation)
    {
        var json = new JsonObject();
        foreach (var response in operation.Responses)
        {
            var phrase = ReasonPhrases.GetReasonPhrase(response.StatusCode);
            var answer = new JsonObject { ["description"] = phrase.Length > 0 ? phrase : "Status " + response.StatusCode.ToString(CultureInfo.InvariantCulture) };
            if (response.Type is { } type)
            {
                answer["schema"] = schemas.For(type);
            }

            json[response.StatusCode.ToString(CultureInfo.InvariantCulture)] = answer;
        }

        json["default"] = new JsonObject { ["description"] = ErrorDescription, ["schema"] = schemas.For(typeof(HttpValidationProblemDetails)) };
        return json;
    }
}
