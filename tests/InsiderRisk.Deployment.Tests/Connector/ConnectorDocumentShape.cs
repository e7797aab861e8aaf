using System.Text.Json.Nodes;
using InsiderRisk.Deployment.Tests.Support;

namespace InsiderRisk.Deployment.Tests.Connector;

/// <summary>The checked-in definition, walked: its operations and their inputs.</summary>
public static class ConnectorDocumentShape
{
    public static JsonObject Document => JsonNode.Parse(Repository.Read(Repository.ConnectorDefinition))!.AsObject();

    /// <summary>(path, method, operation) for every operation.</summary>
    public static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Select(method => (path.Key, method.Key, method.Value!.AsObject())));

    public static JsonObject? Operation(JsonObject document, string operationId) =>
        Operations(document).Select(entry => entry.Operation).FirstOrDefault(operation => (string?)operation["operationId"] == operationId);

    /// <summary>The top-level properties of the operation's body, resolving its definition.</summary>
    public static JsonObject BodyProperties(JsonObject document, JsonObject operation)
    {
        var body = operation["parameters"]?.AsArray().Select(p => p!.AsObject()).FirstOrDefault(p => (string?)p["in"] == "body");
        Assert.NotNull(body);
        var reference = (string?)body["schema"]?["$ref"];
        Assert.NotNull(reference);
        return document["definitions"]![reference["#/definitions/".Length..]]!["properties"]!.AsObject();
    }
}
