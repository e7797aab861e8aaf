using System.Text.Json.Nodes;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Tests.Graph;

namespace InsiderRisk.Integrations.Tests.ServiceNow;

public sealed class ServiceNowIncidentHandlerTests
{
    [Fact]
    public async Task Creates_a_pseudonymized_incident_correlated_to_the_effect()
    {
        var fake = new FakeServiceNow();
        await using var server = fake.Server;
        var handler = Builders.Handler(Builders.Settings(fake), new LogRecorder());

        var outcome = await handler.ExecuteAsync(Builders.Invocation(Builders.CreateIncident(), caseLink: new Uri("https://insiderrisk.contoso.com/cases/IR-42")));

        var incident = Assert.Single(fake.Incidents);
        Assert.Equal(new EffectResult.IncidentCreated((string)incident["number"]!), Assert.IsType<EffectOutcome.Succeeded>(outcome).Result);
        Assert.Equal("Insider risk case IR-42: Data exfiltration review", (string?)incident["short_description"]);
        Assert.Equal(
            "Insider risk case IR-42 \"Data exfiltration review\", shared from InsiderRisk.\nUser (pseudonym): User-7Q4K2M9XAB\nSeverity: High\nTotal policy alerts: 3\nCase: https://insiderrisk.contoso.com/cases/IR-42",
            (string?)incident["description"]);
        Assert.Equal(("1", "1", "inquiry"), ((string?)incident["urgency"], (string?)incident["impact"], (string?)incident["category"]));
        Assert.Equal(Builders.EffectId, (string?)incident["correlation_id"]);
        Assert.All(fake.Server.Requests, request => Assert.DoesNotContain("megan", request.Body, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(Severity.High, "1")]
    [InlineData(Severity.Medium, "2")]
    [InlineData(Severity.Low, "3")]
    public async Task Urgency_and_impact_follow_the_case_severity(Severity severity, string level)
    {
        var fake = new FakeServiceNow();
        await using var server = fake.Server;

        await Builders.Handler(Builders.Settings(fake), new LogRecorder()).ExecuteAsync(Builders.Invocation(Builders.CreateIncident(severity)));

        var incident = Assert.Single(fake.Incidents);
        Assert.Equal((level, level), ((string?)incident["urgency"], (string?)incident["impact"]));
    }

    [Fact]
    public async Task Looks_up_the_correlation_id_before_creating_and_a_retry_after_a_lost_response_creates_nothing_new()
    {
        var fake = new FakeServiceNow { LoseCreateResponses = 1 };
        await using var server = fake.Server;
        var handler = Builders.Handler(Builders.Settings(fake), new LogRecorder());

        var first = await handler.ExecuteAsync(Builders.Invocation(Builders.CreateIncident(), attempt: 1));
        var second = await handler.ExecuteAsync(Builders.Invocation(Builders.CreateIncident(), attempt: 2));

        Assert.False(Assert.IsType<EffectOutcome.Failed>(first).Permanent);
        var incident = Assert.Single(fake.Incidents);
        var found = Assert.IsType<EffectOutcome.Succeeded>(second);
        Assert.Equal(new EffectResult.IncidentCreated((string)incident["number"]!), found.Result);
        Assert.Contains("earlier attempt", found.Detail, StringComparison.Ordinal);
        var lookup = fake.Server.Requests[0];
        Assert.Equal(("GET", $"correlation_id={Builders.EffectId}", "1"), (lookup.Method, lookup.QueryValue("sysparm_query"), lookup.QueryValue("sysparm_limit")));
        Assert.Equal(1, fake.Server.Count("POST", "/api/now/table/incident"));
    }

    [Fact]
    public async Task Signs_in_with_a_bearer_token_when_one_is_configured()
    {
        var fake = new FakeServiceNow(token: "oauth-token-77");
        await using var server = fake.Server;

        var outcome = await Builders.Handler(Builders.Settings(fake, token: "oauth-token-77"), new LogRecorder()).ExecuteAsync(Builders.Invocation(Builders.CreateIncident()));

        Assert.IsType<EffectOutcome.Succeeded>(outcome);
        Assert.All(fake.Server.Requests, request => Assert.Equal("Bearer oauth-token-77", request.Header("Authorization")));
    }

    [Fact]
    public async Task The_json_body_is_the_incident_fields_and_nothing_else()
    {
        var fake = new FakeServiceNow();
        await using var server = fake.Server;

        await Builders.Handler(Builders.Settings(fake), new LogRecorder()).ExecuteAsync(Builders.Invocation(Builders.CreateIncident()));

        var post = Assert.Single(fake.Server.Requests, request => request.Method == "POST");
        var names = JsonNode.Parse(post.Body)!.AsObject().Select(pair => pair.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["category", "correlation_display", "correlation_id", "description", "impact", "short_description", "urgency"], names);
        Assert.StartsWith("application/json", post.Header("Content-Type"), StringComparison.Ordinal);
    }
}
