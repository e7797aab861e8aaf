using System.IO.Pipelines;
using System.Reflection;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace InsiderRisk.Functions.OpenApi;

/// <summary>
/// Where a handler parameter comes from, decided as minimal APIs decide it: attributes first, then
/// framework types and services (not inputs), then route values, then simple types from the query.
/// Anything else is the JSON body, which the endpoint's accepts metadata describes.
/// </summary>
public static class ParameterBinding
{
    private static readonly Type[] FrameworkTypes =
    [
        typeof(HttpContext), typeof(HttpRequest), typeof(HttpResponse), typeof(CancellationToken), typeof(ClaimsPrincipal),
        typeof(Stream), typeof(PipeReader), typeof(IFormFile), typeof(IFormFileCollection), typeof(IFormCollection),
    ];

    /// <summary>The parameter as a path, query or header parameter; null when it is no such input.</summary>
    public static ApiParameter? Describe(IParameterBindingMetadata parameter, IReadOnlyDictionary<string, string> routeParameters, IServiceProviderIsService services)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(routeParameters);
        ArgumentNullException.ThrowIfNull(services);
        var type = parameter.ParameterInfo.ParameterType;
        var attributes = parameter.ParameterInfo.GetCustomAttributes(inherit: true);
        if (attributes.Any(a => a is IFromServiceMetadata or IFromBodyMetadata or IFromFormMetadata or FromKeyedServicesAttribute))
        {
            return null;
        }

        if (attributes.OfType<IFromHeaderMetadata>().FirstOrDefault() is { } header)
        {
            return new ApiParameter(header.Name ?? parameter.Name, "header", type, !parameter.IsOptional);
        }

        if (attributes.OfType<IFromRouteMetadata>().FirstOrDefault() is { } route)
        {
            return Path(route.Name ?? parameter.Name, routeParameters, type);
        }

        if (attributes.OfType<IFromQueryMetadata>().FirstOrDefault() is { } query)
        {
            return new ApiParameter(query.Name ?? Camel(parameter.Name), "query", type, !parameter.IsOptional);
        }

        if (FrameworkTypes.Any(framework => framework.IsAssignableFrom(type)) || services.IsService(type))
        {
            return null;
        }

        if (routeParameters.ContainsKey(parameter.Name))
        {
            return Path(parameter.Name, routeParameters, type);
        }

        return parameter.HasTryParse || IsSimpleArray(type)
            ? new ApiParameter(Camel(parameter.Name), "query", type, !parameter.IsOptional)
            : null;
    }

    private static ApiParameter Path(string name, IReadOnlyDictionary<string, string> routeParameters, Type type) =>
        new(routeParameters.TryGetValue(name, out var spelled) ? spelled : name, "path", type, Required: true);

    private static bool IsSimpleArray(Type type) =>
        type.IsArray && type.GetElementType() is { } element
        && (element == typeof(string) || element.IsPrimitive || element.IsEnum || element.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), element.MakeByRefType()]) is not null);

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
