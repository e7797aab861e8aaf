using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Patterns;

namespace InsiderRisk.Functions.OpenApi;

/// <summary>
/// The app's API as operations, read from its endpoints' metadata: route, method, name
/// (<c>WithName</c> → operationId), summary and description, tags, parameters, body and responses.
/// Only routes under <c>/api</c> that are not excluded from descriptions; sorted by path and method.
/// Paths are full (<c>/api/…</c>) under the base path <c>/</c>, so a connection that sets the host
/// (apiProperties.json's host policy) needs no path of its own.
/// </summary>
public static class EndpointOperations
{
    public const string ApiPrefix = "/api";

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public static IReadOnlyList<ApiOperation> From(IEnumerable<Endpoint> endpoints, IServiceProviderIsService services)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var operations = new List<ApiOperation>();
        foreach (var endpoint in endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is { ExcludeFromDescription: true }
                || ApiPath(endpoint.RoutePattern) is not { } path)
            {
                continue;
            }

            var methods = (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(method => method.ToLowerInvariant())
                .Where(method => Methods.Contains(method))
                .ToList();
            foreach (var method in methods)
            {
                operations.Add(Describe(endpoint, path, method, methods.Count > 1, services));
            }
        }

        return [.. operations.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => Array.IndexOf(Methods, o.Method))];
    }

    private static ApiOperation Describe(RouteEndpoint endpoint, string path, string method, bool sharedName, IServiceProviderIsService services)
    {
        var metadata = endpoint.Metadata;
        var name = metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? FallbackName(method, path);
        var routeParameters = endpoint.RoutePattern.Parameters
            .ToDictionary(parameter => parameter.Name, parameter => parameter.Name, StringComparer.OrdinalIgnoreCase);
        var parameters = metadata.GetOrderedMetadata<IParameterBindingMetadata>()
            .Select(parameter => ParameterBinding.Describe(parameter, routeParameters, services))
            .OfType<ApiParameter>()
            .DistinctBy(parameter => (parameter.Name, parameter.In))
            .ToList();
        var body = metadata.GetOrderedMetadata<IAcceptsMetadata>()
            .LastOrDefault(accepts => accepts.RequestType is not null && accepts.ContentTypes.Any(IsJson)) is { } accepted
            ? new ApiBody(accepted.RequestType!, !accepted.IsOptional)
            : null;
        var responses = metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>()
            .GroupBy(produces => produces.StatusCode)
            .Select(group => new ApiResponse(group.Key, BodyType(group.Last().Type)))
            .OrderBy(response => response.StatusCode)
            .ToList();
        foreach (var missing in routeParameters.Values.Where(name => !parameters.Any(p => p.In == "path" && p.Name == name)))
        {
            // A route value the handler reads itself is still a path parameter of the operation.
            parameters.Add(new ApiParameter(missing, "path", typeof(string), Required: true));
        }

        return new ApiOperation(
            name,
            path,
            method,
            sharedName ? name + char.ToUpperInvariant(method[0]) + method[1..] : name,
            metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary,
            metadata.GetMetadata<IEndpointDescriptionMetadata>()?.Description,
            [.. metadata.GetOrderedMetadata<ITagsMetadata>().SelectMany(tags => tags.Tags).Distinct(StringComparer.Ordinal)],
            parameters,
            body,
            responses.Count == 0 ? [new ApiResponse(StatusCodes.Status200OK, null)] : responses,
            metadata.GetMetadata<IAllowAnonymous>() is not null);
    }

    /// <summary>An <c>/api</c> route in Swagger's template syntax; null for other routes and catch-alls.</summary>
    private static string? ApiPath(RoutePattern pattern)
    {
        if (pattern.Parameters.Any(parameter => parameter.IsCatchAll))
        {
            return null;
        }

        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            _ => string.Empty,
        })));
        var path = "/" + string.Join('/', segments);
        return path.StartsWith(ApiPrefix + "/", StringComparison.OrdinalIgnoreCase) ? path : null;
    }

    private static Type? BodyType(Type? type) =>
        type is null || type == typeof(void) || typeof(IResult).IsAssignableFrom(type) ? null : type;

    private static bool IsJson(string contentType) => contentType.Contains("json", StringComparison.OrdinalIgnoreCase);

    private static string FallbackName(string method, string path) =>
        char.ToUpperInvariant(method[0]) + method[1..] + string.Concat(path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => segment.StartsWith('{') ? "By" + Pascal(segment.Trim('{', '}')) : Pascal(segment)));

    private static string Pascal(string segment) =>
        string.Concat(segment.Split('-', '.', '_').Where(word => word.Length > 0).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
}
