using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace InsiderRisk.Functions.OpenApi;

/// <summary>
/// The Swagger 2.0 document the Power Automate custom connector imports, generated from the app's own
/// endpoints. Deterministic: paths, methods and definitions are sorted, so the checked-in copy
/// (infra/connector/apiDefinition.swagger.json) changes only when the API does.
/// </summary>
public static class ConnectorDocument
{
    /// <summary>The host written into the checked-in file; the served document names the host it was asked on.</summary>
    public const string PlaceholderHost = "insiderrisk.azurewebsites.net";

    public const string Title = "InsiderRisk";

    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject Build(IEnumerable<Endpoint> endpoints, IServiceProvider services, string host = PlaceholderHost)
    {
        ArgumentNullException.ThrowIfNull(services);
        var operations = EndpointOperations.From(endpoints, services.GetRequiredService<IServiceProviderIsService>())
            .Where(operation => !ConnectorHints.Unpublished.Contains(operation.EndpointName))
            .Select(operation => operation.Body is null && ConnectorHints.RequestBodies.TryGetValue(operation.EndpointName, out var body)
                ? operation with { Body = new ApiBody(body, Required: true) }
                : operation)
            .ToList();
        var schemas = new SchemaRegistry(SerializerOptions(services));
        var writer = new OperationWriter(schemas, operations);
        var paths = new JsonObject();
        foreach (var path in operations.GroupBy(operation => operation.Path))
        {
            var item = new JsonObject();
            foreach (var operation in path)
            {
                item[operation.Method] = writer.Write(operation);
            }

            paths[path.Key] = item;
        }

        var definitions = new JsonObject();
        foreach (var (name, definition) in schemas.Definitions)
        {
            definitions[name] = definition;
        }

        var tags = operations.SelectMany(operation => operation.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new JsonObject
        {
            ["swagger"] = "2.0",
            ["info"] = new JsonObject
            {
                ["title"] = Title,
                ["description"] = "Insider-risk case management: triage alerts, work cases (notes, notices, flows, escalation, resolution), users' risk and administration.",
                ["version"] = "1.0",
            },
            ["host"] = host,
            ["basePath"] = "/",
            ["schemes"] = new JsonArray("https"),
            ["consumes"] = new JsonArray("application/json"),
            ["produces"] = new JsonArray("application/json", "application/problem+json"),
            ["paths"] = paths,
            ["definitions"] = definitions,
            ["securityDefinitions"] = ConnectorSecurity.Definitions(),
            ["security"] = ConnectorSecurity.Requirement(),
            ["tags"] = new JsonArray([.. tags.Select(tag => new JsonObject { ["name"] = tag })]),
        };
    }

    /// <summary>The document as the checked-in file holds it: two-space indents, LF line ends, a final newline.</summary>
    public static string ToText(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.ToJsonString(Output) + "\n";
    }

    /// <summary>The app's HTTP JSON options (camelCase, enums as strings), ready for type inspection.</summary>
    private static JsonSerializerOptions SerializerOptions(IServiceProvider services)
    {
        var app = services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        var options = new JsonSerializerOptions(app) { TypeInfoResolver = app.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver() };
        options.MakeReadOnly();
        return options;
    }
}
