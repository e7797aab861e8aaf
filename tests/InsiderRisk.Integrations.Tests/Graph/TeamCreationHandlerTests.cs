using System.Text.Json.Nodes;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.TestSupport;

namespace InsiderRisk.Integrations.Tests.Graph;

public sealed class TeamCreationHandlerTests
{
    [Fact]
    public async Task Creates_the_team_from_the_standard_template_with_the_analyst_as_owner_and_follows_the_operation()
    {
        await using var harness = new GraphHarness();
        harness.Fake.InProgressPolls = 2;

        var outcome = await harness.TeamCreation().ExecuteAsync(Builders.Invocation(Builders.CreateTeam()));

        var team = Assert.Single(harness.Fake.Teams);
        var succeeded = Assert.IsType<EffectOutcome.Succeeded>(outcome);
        Assert.Equal(new EffectResult.TeamCreated(team.Id), succeeded.Result);
        Assert.Equal("IR-42 Data exfiltration review", team.DisplayName);
        Assert.Equal("InsiderRisk case IR-42 (effect IR-42-fx00000007)", team.Description);
        Assert.Equal(harness.Fake.BaseUrl + "/users('analyst@contoso.com')", team.OwnerBind);
        Assert.Equal(3, harness.Fake.Server.Count("GET", $"/v1.0/teams/{team.Id}/operations/{team.OperationId}"));
        Assert.All(harness.Fake.Server.Requests, request => Assert.Equal("Bearer " + FakeTokenCredential.DefaultToken, request.Header("Authorization")));
        Assert.Contains("https://127.0.0.1/.default", harness.Credential.Scopes);
    }

    [Fact]
    public async Task Looks_for_an_earlier_team_of_the_effect_with_an_advanced_description_query_before_creating()
    {
        await using var harness = new GraphHarness();

        await harness.TeamCreation().ExecuteAsync(Builders.Invocation(Builders.CreateTeam()));

        var lookup = harness.Fake.Server.Requests.First();
        Assert.Equal(("GET", "/v1.0/groups"), (lookup.Method, lookup.Path));
        Assert.Equal("description eq 'InsiderRisk case IR-42 (effect IR-42-fx00000007)'", lookup.QueryValue("$filter"));
        Assert.Equal("eventual", lookup.Header("ConsistencyLevel"));
        var post = harness.Fake.Server.Requests.Single(request => request.Method == "POST");
        Assert.Equal("#microsoft.graph.aadUserConversationMember", (string?)JsonNode.Parse(post.Body)!["members"]![0]!["@odata.type"]);
    }

    [Fact]
    public async Task A_retry_after_a_lost_response_finds_the_team_instead_of_creating_a_second_one()
    {
        await using var harness = new GraphHarness();
        harness.Fake.LoseCreateResponses = 1;
        harness.Fake.InProgressPolls = 0;
        var handler = harness.TeamCreation();

        var first = await handler.ExecuteAsync(Builders.Invocation(Builders.CreateTeam(), attempt: 1));
        var second = await handler.ExecuteAsync(Builders.Invocation(Builders.CreateTeam(), attempt: 2));

        var lost = Assert.IsType<EffectOutcome.Failed>(first);
        Assert.False(lost.Permanent);
        Assert.Contains("could not be reached", lost.Error, StringComparison.Ordinal);
        var team = Assert.Single(harness.Fake.Teams);
        Assert.Equal(new EffectResult.TeamCreated(team.Id), Assert.IsType<EffectOutcome.Succeeded>(second).Result);
        Assert.Equal(1, harness.Fake.Server.Count("POST", "/v1.0/teams"));
    }

    [Fact]
    public async Task A_team_still_being_set_up_is_handed_back_as_retryable_and_found_by_the_next_attempt()
    {
        await using var harness = new GraphHarness();
        harness.Fake.InProgressPolls = 7;
        var handler = harness.TeamCreation();

        var first = await handler.ExecuteAsync(Builders.Invocation(Builders.CreateTeam(), attempt: 1));
        var second = await handler.ExecuteAsync(Builders.Invocation(Builders.CreateTeam(), attempt: 2));
        var third = await handler.ExecuteAsync(Builders.Invocation(Builders.CreateTeam(), attempt: 3));

        var stillRunning = Assert.IsType<EffectOutcome.Failed>(first);
        Assert.False(stillRunning.Permanent);
        Assert.Equal(harness.Settings.TeamPollInterval, stillRunning.RetryAfter);
        Assert.False(Assert.IsType<EffectOutcome.Failed>(second).Permanent);
        Assert.IsType<EffectOutcome.Succeeded>(third);
        Assert.Equal(1, harness.Fake.Server.Count("POST", "/v1.0/teams"));
    }

    [Fact]
    public async Task A_failed_creation_operation_is_a_permanent_failure_with_graphs_error()
    {
        await using var harness = new GraphHarness();
        harness.Fake.FailOperationWith = "A team with this mail nickname already exists.";

        var outcome = await harness.TeamCreation().ExecuteAsync(Builders.Invocation(Builders.CreateTeam()));

        var failed = Assert.IsType<EffectOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Contains("A team with this mail nickname already exists.", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_name_the_effect_and_the_team_but_never_the_token_or_the_owner()
    {
        await using var harness = new GraphHarness();
        harness.Fake.LoseCreateResponses = 1;
        var handler = harness.TeamCreation();

        await handler.ExecuteAsync(Builders.Invocation(Builders.CreateTeam(), attempt: 1));
        await handler.ExecuteAsync(Builders.Invocation(Builders.CreateTeam(), attempt: 2));

        Assert.Contains(Builders.EffectId, harness.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeTokenCredential.DefaultToken, harness.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(Builders.Owner, harness.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_kinds_payload_is_a_permanent_failure_without_any_call()
    {
        await using var harness = new GraphHarness();

        var outcome = await harness.TeamCreation().ExecuteAsync(Builders.Invocation(Builders.ArchiveTeam("team-9")));

        Assert.True(Assert.IsType<EffectOutcome.Failed>(outcome).Permanent);
        Assert.Empty(harness.Fake.Server.Requests);
    }
}
