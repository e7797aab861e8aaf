using System.Text.Json.Nodes;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Integrations.Tests.Graph;

public sealed class InvestigationHandlerTests
{
    [Fact]
    public async Task Creates_an_ediscovery_case_named_by_the_analyst_with_our_case_id_as_external_id()
    {
        await using var harness = new GraphHarness();

        var outcome = await harness.Investigation().ExecuteAsync(Builders.Invocation(Builders.CreateInvestigation()));

        var created = Assert.Single(harness.Fake.EdiscoveryCases);
        Assert.Equal(new EffectResult.InvestigationCreated((string)created["id"]!), Assert.IsType<EffectOutcome.Succeeded>(outcome).Result);
        var post = Assert.Single(harness.Fake.Server.Requests, request => request.Method == "POST");
        var body = JsonNode.Parse(post.Body)!;
        Assert.Equal("/v1.0/security/cases/ediscoveryCases", post.Path);
        Assert.Equal("Legal hold: IR-42", (string?)body["displayName"]);
        Assert.Equal("IR-42", (string?)body["externalId"]);
        Assert.Equal("Preserve mailbox and OneDrive.\n\nEscalated from InsiderRisk case IR-42.", (string?)body["description"]);
        Assert.DoesNotContain(Builders.Pseudonym, post.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_after_a_lost_response_finds_the_case_instead_of_creating_a_second_one()
    {
        await using var harness = new GraphHarness();
        harness.Fake.LoseCreateResponses = 1;
        var handler = harness.Investigation();

        var first = await handler.ExecuteAsync(Builders.Invocation(Builders.CreateInvestigation(), attempt: 1));
        var second = await handler.ExecuteAsync(Builders.Invocation(Builders.CreateInvestigation(), attempt: 2));

        Assert.False(Assert.IsType<EffectOutcome.Failed>(first).Permanent);
        var created = Assert.Single(harness.Fake.EdiscoveryCases);
        Assert.Equal(new EffectResult.InvestigationCreated((string)created["id"]!), Assert.IsType<EffectOutcome.Succeeded>(second).Result);
        Assert.Equal(1, harness.Fake.Server.Count("POST", "/v1.0/security/cases/ediscoveryCases"));
    }

    [Fact]
    public async Task Looks_up_by_display_name_with_quotes_escaped_and_ignores_another_cases_namesake()
    {
        await using var harness = new GraphHarness();
        harness.Fake.AddEdiscoveryCase("ediscovery-other", "O'Brien review", "IR-7");

        var outcome = await harness.Investigation().ExecuteAsync(Builders.Invocation(Builders.CreateInvestigation("O'Brien review")));

        var lookup = harness.Fake.Server.Requests.First();
        Assert.Equal("displayName eq 'O''Brien review'", lookup.QueryValue("$filter"));
        var result = Assert.IsType<EffectResult.InvestigationCreated>(Assert.IsType<EffectOutcome.Succeeded>(outcome).Result);
        Assert.NotEqual("ediscovery-other", result.ExternalCaseId);
        Assert.Equal(2, harness.Fake.EdiscoveryCases.Count);
    }

    [Fact]
    public async Task Without_notes_the_description_still_names_our_case()
    {
        await using var harness = new GraphHarness();

        await harness.Investigation().ExecuteAsync(Builders.Invocation(Builders.CreateInvestigation(notes: null)));

        Assert.Equal("Escalated from InsiderRisk case IR-42.", (string?)Assert.Single(harness.Fake.EdiscoveryCases)["description"]);
    }

    [Fact]
    public async Task Missing_permission_is_a_permanent_failure_with_graphs_text()
    {
        await using var harness = new GraphHarness();
        harness.Fake.FailNext("GET", "/security/cases/ediscoveryCases", FakeGraph.Error(403, "Forbidden", "Missing role permissions: eDiscovery.ReadWrite.All."));

        var outcome = await harness.Investigation().ExecuteAsync(Builders.Invocation(Builders.CreateInvestigation()));

        var failed = Assert.IsType<EffectOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Contains("eDiscovery.ReadWrite.All", failed.Error, StringComparison.Ordinal);
        Assert.Empty(harness.Fake.EdiscoveryCases);
    }
}
