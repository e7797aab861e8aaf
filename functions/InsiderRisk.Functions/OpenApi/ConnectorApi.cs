using System.Text.Json.Nodes;

namespace InsiderRisk.Functions.OpenApi;

/// <summary>
/// What the Power Automate connector needs from the app: its definition at <c>GET /api/openapi/v2.json</c>
/// (anonymous, so it can be imported from its URL), the flow names its picker lists, and the
/// <c>--generate-openapi</c> command. Mapped last in Program.cs, so the document covers every route.
/// </summary>
public static class ConnectorApi
{
    public const string DocumentRoute = "/api/openapi/v2.json";

    /// <summary>Maps the routes; the exit code when <paramref name="args"/> ask to write the document instead of serving.</summary>
    public static int? MapConnectorApi(this IEndpointRouteBuilder endpoints, string[] args)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        // Built on first request, when routing has collected every endpoint; the endpoints never change after start.
        var document = new Lazy<JsonObject>(() =>
            ConnectorDocument.Build(services.GetRequiredService<EndpointDataSource>().Endpoints, services));
        endpoints.MapGet(DocumentRoute, (HttpRequest request) => Serve(document.Value, request))
            .WithName("GetConnectorDefinition")
            .WithTags("Connector")
            .AllowAnonymous()
            .ExcludeFromDescription();
        endpoints.MapFlowsApi();
        return GenerateOpenApiCommand.TryRun(endpoints, args, Console.Out, Console.Error);
    }

    /// <summary>The checked-in document, but naming the host it was fetched from, so importing it from its URL just works.</summary>
    private static IResult Serve(JsonObject document, HttpRequest request)
    {
        var copy = document.DeepClone().AsObject();
        if (request.Host.HasValue)
        {
            copy["host"] = request.Host.Value;
        }

        return TypedResults.Text(ConnectorDocument.ToText(copy), "application/json");
    }
}
