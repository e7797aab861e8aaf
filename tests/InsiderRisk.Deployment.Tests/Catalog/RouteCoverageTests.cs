using System.Text.RegularExpressions;
using InsiderRisk.Deployment.Tests.Support;
using InsiderRisk.Functions.Functions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace InsiderRisk.Deployment.Tests.Catalog;

/// <summary>
/// Under the Functions host only routes of an HTTP function reach the app: every route the built app
/// maps under /api must be caught by exactly one function of the catalog, or it is unreachable in Azure.
/// </summary>
public sealed class RouteCoverageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public void Every_api_route_the_app_maps_is_served_by_exactly_one_HTTP_function()
    {
        var paths = app.Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => RoutePaths.Sample(endpoint.RoutePattern)[1..])
            .Where(path => path.StartsWith("api/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(paths);
        Assert.All(paths, path =>
        {
            var functions = FunctionCatalog.All
                .Where(function => function.Trigger is TriggerBinding.Http http && Matches(http.Route, path["api/".Length..]))
                .Select(function => function.Name)
                .ToList();
            Assert.True(functions.Count == 1, $"/{path} is served by {functions.Count} HTTP functions ({string.Join(", ", functions)}); add or fix one in Functions/.");
        });
    }

    /// <summary>Route matching as the host does it (ASP.NET Core templates), including regex constraints.</summary>
    private static bool Matches(string template, string path)
    {
        var parsed = TemplateParser.Parse(template);
        var values = new RouteValueDictionary();
        if (!new TemplateMatcher(parsed, []).TryMatch("/" + path, values))
        {
            return false;
        }

        return parsed.Parameters.All(parameter => parameter.InlineConstraints.All(constraint =>
        {
            var regex = Regex.Match(constraint.Constraint, @"^regex\((.*)\)$");
            return regex.Success && Regex.IsMatch(values[parameter.Name!]?.ToString() ?? string.Empty, regex.Groups[1].Value, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }));
    }
}
