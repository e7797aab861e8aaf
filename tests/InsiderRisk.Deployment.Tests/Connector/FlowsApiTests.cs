using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Deployment.Tests.Support;
using InsiderRisk.Domain.Access;

namespace InsiderRisk.Deployment.Tests.Connector;

/// <summary><c>GET /api/flows</c>: the flow picker's source. The fixture configures notify-manager, Open-Ticket (local) and one without a URL.</summary>
public sealed class FlowsApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly Uri Flows = new("/api/flows", UriKind.Relative);

    [Theory]
    [InlineData(Role.Analyst)]
    [InlineData(Role.Investigator)]
    public async Task Given_configured_flows_When_a_case_worker_lists_them_Then_the_names_with_a_URL_come_back_sorted(Role role)
    {
        using var client = app.ClientAs("worker@contoso.com", role);

        var flows = await client.GetFromJsonAsync<JsonObject>(Flows);

        Assert.Equal(["notify-manager", "Open-Ticket"], flows!["items"]!.AsArray().Select(item => (string?)item!["name"]));
    }

    [Fact]
    public async Task Given_flow_URLs_in_settings_When_listed_Then_no_URL_or_signature_is_in_the_answer()
    {
        using var client = app.ClientAs("worker@contoso.com", Role.Analyst);

        var text = await client.GetStringAsync(Flows);

        Assert.DoesNotContain("flows.example", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret-signature", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Given_no_identity_When_listed_Then_401()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(Flows);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Role.Admin)]
    [InlineData(Role.Auditor)]
    public async Task Given_a_role_that_cannot_view_cases_When_listed_Then_403_problem(Role role)
    {
        using var client = app.ClientAs("someone@contoso.com", role);

        using var response = await client.GetAsync(Flows);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
