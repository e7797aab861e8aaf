using System.Net;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Cases;

public sealed class CaseResolveApiTests(ApiWithCases api) : IClassFixture<ApiWithCases>
{
    [Fact]
    public async Task Resolving_closes_the_case_resolves_its_alerts_and_answers_the_overview()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Investigator();

        using var response = await client.SendAsync(Post(
            $"/api/cases/{opened.CaseId}/resolve",
            new { classification = "ConfirmedPolicyViolation", actionTaken = "Account disabled." }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var overview = await response.JsonAsync();
        Assert.Equal("Closed", overview.GetProperty("status").GetString());
        Assert.Equal("ConfirmedPolicyViolation", overview.GetProperty("classification").GetString());
        Assert.All(overview.GetProperty("alerts").EnumerateArray(), alert => Assert.Equal("Resolved", alert.GetProperty("status").GetString()));
        Assert.Equal(InvestigatorId, overview.GetProperty("lastUpdatedBy").GetString());
        var notes = await client.GetJsonAsync($"/api/cases/{opened.CaseId}/notes");
        Assert.Equal("Account disabled.", notes[0].GetProperty("text").GetString());
        var closed = await client.GetJsonAsync("/api/cases?status=Closed");
        Assert.Contains(opened.CaseId.Value, closed.GetProperty("items").Names("caseId"));
        var active = await client.GetJsonAsync("/api/cases?status=Active&pageSize=1000");
        Assert.DoesNotContain(opened.CaseId.Value, active.GetProperty("items").Names("caseId"));
    }

    [Fact]
    public async Task Resolving_a_case_with_a_team_asks_for_the_team_to_be_archived()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();
        var team = await (await client.SendAsync(Post($"/api/cases/{opened.CaseId}/team", null))).JsonAsync();
        await api.RunAsync(Succeeded(opened.CaseId, new Domain.EffectId(team.GetProperty("effectId").GetString()!), new EffectResult.TeamCreated("team-42"), DateTimeOffset.UtcNow));

        (await client.SendAsync(Post($"/api/cases/{opened.CaseId}/resolve", new { classification = "Benign", actionTaken = "False positive." }))).EnsureSuccessStatusCode();

        var effects = await client.GetJsonAsync($"/api/cases/{opened.CaseId}/effects");
        var archive = effects.EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "ArchiveTeam");
        Assert.Equal("Pending", archive.GetProperty("status").GetString());
        var overview = await client.GetJsonAsync($"/api/cases/{opened.CaseId}");
        Assert.Equal("team-42", overview.GetProperty("teamId").GetString());
    }

    [Fact]
    public async Task Resolving_twice_is_409_but_the_same_Idempotency_Key_answers_the_overview_again()
    {
        var opened = await api.OpenCaseAsync(severity: Severity.Low);
        using var client = api.Analyst();
        var body = new { classification = "Benign", actionTaken = "Done." };

        using var first = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/resolve", body, "resolve-1"));
        using var repeat = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/resolve", body, "resolve-1"));
        using var again = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/resolve", body));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal("Closed", (await repeat.JsonAsync()).GetProperty("status").GetString());
        var problem = await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal("case-closed", problem.GetProperty("code").GetString());
        Assert.Single((await api.StateAsync(opened.CaseId)).Notes);
    }
}
