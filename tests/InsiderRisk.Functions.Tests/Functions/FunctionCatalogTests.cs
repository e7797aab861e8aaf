using System.Text.RegularExpressions;
using InsiderRisk.Functions.Functions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace InsiderRisk.Functions.Tests.Functions;

public sealed class FunctionCatalogTests
{
    /// <summary>One path (below the host's <c>api</c> prefix) for every route of API.md.</summary>
    public static TheoryData<string> ApiPaths => new(
        "alerts", "alerts/a-1", "alerts/a-1/confirm", "alerts/a-1/dismiss", "alerts/bulk-confirm", "alerts/bulk-dismiss",
        "cases", "cases/c-1", "cases/c-1/alerts", "cases/c-1/activities", "cases/c-1/content", "cases/c-1/notes",
        "cases/c-1/notes/n-1", "cases/c-1/contributors", "cases/c-1/notices", "cases/c-1/escalate", "cases/c-1/share",
        "cases/c-1/flows", "cases/c-1/team", "cases/c-1/resolve", "cases/c-1/history", "cases/c-1/effects",
        "dashboard", "users/u-1/risk", "users/u-1/risk/confirm-compromised", "users/u-1/risk/dismiss", "users/u-1/reveal",
        "signins/s-1/confirm-safe", "signins/s-1/confirm-compromised", "signins/s-1/risk",
        "notice-templates/first-notice", "settings", "admin/risk/recompute", "admin/risk/runs/r-1", "audit", "health",
        "openapi/v2.json");

    [Theory]
    [MemberData(nameof(ApiPaths))]
    public void Every_API_route_is_served_by_exactly_one_HTTP_function(string path)
    {
        var matches = FunctionCatalog.All
            .Where(function => function.Trigger is TriggerBinding.Http http && Matches(http.Route, path))
            .Select(function => function.Name);

        Assert.Single(matches);
    }

    [Fact]
    public void Function_names_are_unique_and_safe_as_folder_and_path_names()
    {
        var names = FunctionCatalog.All.Select(function => function.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, name => Assert.Matches("^[A-Za-z][A-Za-z0-9]*$", name));
    }

    [Fact]
    public void No_HTTP_route_starts_with_a_prefix_the_host_reserves()
    {
        var routes = FunctionCatalog.All.Select(function => function.Trigger).OfType<TriggerBinding.Http>().Select(http => http.Route);

        Assert.All(routes, route =>
        {
            Assert.False(route.StartsWith("admin", StringComparison.OrdinalIgnoreCase), route);
            Assert.False(route.StartsWith("runtime", StringComparison.OrdinalIgnoreCase), route);
            Assert.False(route.StartsWith('/'), route);
        });
    }

    [Fact]
    public void The_non_HTTP_functions_are_declared_with_their_queues_and_schedules()
    {
        Assert.Equal(new TriggerBinding.ServiceBus("message", "alerts", "ServiceBusConnection"), IngestAlertsFunction.Definition.Trigger);
        Assert.Equal(new TriggerBinding.Queue("message", "case-effects", "AzureWebJobsStorage"), RunCaseEffectFunction.Definition.Trigger);
        Assert.Equal(new TriggerBinding.Timer("timer", "%Sweeper__Schedule%"), SweepOutboxFunction.Definition.Trigger);
        Assert.Equal(new TriggerBinding.Timer("timer", "%Risk__Schedule%"), RecomputeRiskScoresFunction.Definition.Trigger);
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
            Assert.True(regex.Success, $"Only regex constraints are expected, not {constraint.Constraint}.");
            return Regex.IsMatch(values[parameter.Name!]?.ToString() ?? string.Empty, regex.Groups[1].Value, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }));
    }
}
