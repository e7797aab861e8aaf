using System.Net;
using System.Text.Json.Nodes;
using InsiderRisk.Domain.Access;
using static InsiderRisk.Functions.Tests.Alerts.AlertBuilders;
using static InsiderRisk.Functions.Tests.Alerts.AlertsApp;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>Every alert route: 401 without an identity, 403 for roles the permission table does not grant.</summary>
public sealed class AlertAccessApiTests(AlertsApp app) : IClassFixture<AlertsApp>
{
    private const string Known = "access-known-alert";

    public static TheoryData<string, string> Routes => new()
    {
        { "POST", "/api/alerts" },
        { "GET", "/api/alerts" },
        { "GET", $"/api/alerts/{Known}" },
        { "POST", $"/api/alerts/{Known}/confirm" },
        { "POST", $"/api/alerts/{Known}/dismiss" },
        { "POST", "/api/alerts/bulk-confirm" },
        { "POST", "/api/alerts/bulk-dismiss" },
        { "GET", "/api/cases/IR-20260101-ACCESS/alerts" },
        { "GET", "/api/cases/IR-20260101-ACCESS/activities" },
        { "GET", "/api/cases/IR-20260101-ACCESS/content" },
        { "GET", "/api/admin/invalid-messages" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Without_an_identity_every_route_is_401(string method, string path)
    {
        using var client = app.Factory.Anonymous();

        using var response = await SendAsync(client, method, path);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Roles_without_the_capability_are_403(string method, string path)
    {
        var allowed = path.StartsWith("/api/admin", StringComparison.Ordinal) ? new[] { Role.Admin }
            : path.EndsWith("/content", StringComparison.Ordinal) ? [Role.Investigator]
            : [Role.Analyst, Role.Investigator];
        foreach (var role in Enum.GetValues<Role>().Where(role => !allowed.Contains(role)))
        {
            using var client = app.Factory.ClientAs($"{role}@contoso.test".ToLowerInvariant(), role);
            using var response = await SendAsync(client, method, path);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        }

        using var roleless = app.Factory.ClientAs("nobody@contoso.test");
        await ProblemAssert.IsProblemAsync(await SendAsync(roleless, method, path), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Investigators_triage_like_analysts()
    {
        var id = NewId();
        await app.IngestAsync(Alert(id));
        using var client = app.Investigator();

        using var response = await PostAsync(client, $"/api/alerts/{id}/dismiss", new JsonObject { ["reason"] = "ExpectedActivity" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = Json(path.EndsWith("/alerts", StringComparison.Ordinal)
                ? Alert(Known).ToJsonString()
                : Ids(Known).With("caseName", "x").With("reason", "NotImpactful").ToJsonString());
        }

        return client.SendAsync(request);
    }
}
