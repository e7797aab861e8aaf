using System.Text.Json.Nodes;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Integrations.Tests.Graph;

public sealed class TeamArchiveHandlerTests
{
    [Fact]
    public async Task Archives_the_team_with_its_site_read_only_for_members()
    {
        await using var harness = new GraphHarness();
        var team = harness.Fake.AddTeam("team-77");

        var outcome = await harness.TeamArchive().ExecuteAsync(Builders.Invocation(Builders.ArchiveTeam("team-77")));

        Assert.Equal(new EffectResult.TeamArchived(), Assert.IsType<EffectOutcome.Succeeded>(outcome).Result);
        Assert.True(team.IsArchived);
        Assert.True(team.SiteReadOnlyForMembers);
        var post = Assert.Single(harness.Fake.Server.Requests, request => request.Method == "POST");
        Assert.Equal("/v1.0/teams/team-77/archive", post.Path);
        Assert.True((bool?)JsonNode.Parse(post.Body)!["shouldSetSpoSiteReadOnlyForMembers"]);
    }

    [Fact]
    public async Task An_already_archived_team_is_success_without_archiving_again()
    {
        await using var harness = new GraphHarness();
        harness.Fake.AddTeam("team-78", archived: true);

        var outcome = await harness.TeamArchive().ExecuteAsync(Builders.Invocation(Builders.ArchiveTeam("team-78")));

        var succeeded = Assert.IsType<EffectOutcome.Succeeded>(outcome);
        Assert.Contains("already archived", succeeded.Detail, StringComparison.Ordinal);
        Assert.Equal(0, harness.Fake.Server.Count("POST", "/v1.0/teams/team-78/archive"));
    }

    [Fact]
    public async Task A_second_attempt_after_success_sends_nothing()
    {
        await using var harness = new GraphHarness();
        harness.Fake.AddTeam("team-79");
        var handler = harness.TeamArchive();

        await handler.ExecuteAsync(Builders.Invocation(Builders.ArchiveTeam("team-79"), attempt: 1));
        var again = await handler.ExecuteAsync(Builders.Invocation(Builders.ArchiveTeam("team-79"), attempt: 2));

        Assert.IsType<EffectOutcome.Succeeded>(again);
        Assert.Equal(1, harness.Fake.Server.Count("POST", "/v1.0/teams/team-79/archive"));
    }

    [Fact]
    public async Task A_team_that_does_not_exist_is_a_permanent_failure_with_graphs_text()
    {
        await using var harness = new GraphHarness();

        var outcome = await harness.TeamArchive().ExecuteAsync(Builders.Invocation(Builders.ArchiveTeam("team-gone")));

        var failed = Assert.IsType<EffectOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.Contains("No team found with Group Id team-gone", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throttled_archive_is_retryable_after_graphs_delay()
    {
        await using var harness = new GraphHarness();
        harness.Fake.AddTeam("team-80");
        harness.Fake.FailNext("POST", "/teams/team-80/archive", FakeGraph.Error(429, "TooManyRequests", "Slow down.", new Dictionary<string, string> { ["Retry-After"] = "3" }));

        var outcome = await harness.TeamArchive().ExecuteAsync(Builders.Invocation(Builders.ArchiveTeam("team-80")));

        Assert.Equal(new EffectOutcome.Failed("Graph (archive team) answered 429: TooManyRequests: Slow down.", false, TimeSpan.FromSeconds(3)), outcome);
    }
}
