using Microsoft.AspNetCore.Routing.Patterns;

namespace InsiderRisk.Deployment.Tests.Support;

/// <summary>A route as a path: its template (<c>/api/cases/{caseId}</c>), or a sample of it with every parameter filled in.</summary>
public static class RoutePaths
{
    public static string Template(RoutePattern pattern) => Join(pattern, parameter => "{" + parameter.Name + "}");

    public static string Sample(RoutePattern pattern) => Join(pattern, _ => "x1");

    private static string Join(RoutePattern pattern, Func<RoutePatternParameterPart, string> parameter)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart value => parameter(value),
            _ => string.Empty,
        }))));
    }
}
