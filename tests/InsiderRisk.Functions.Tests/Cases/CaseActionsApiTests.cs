using System.Net;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Cases;

/// <summary>Escalate, share, flows and team: 202 with the effect id, the effect pending on the case, the rules of DOMAIN.md.</summary>
public sealed class CaseActionsApiTests(ApiWithFlow api) : IClassFixture<ApiWithFlow>
{
    [Fact]
    public async Task Escalating_answers_202_with_the_effect_and_records_the_escalation_once()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();

        using var first = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/escalate", new { investigationName = "Contoso-17", notes = "Legal hold" }));
        using var same = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/escalate", new { investigationName = "Contoso-17" }));
        using var other = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/escalate", new { investigationName = "Another" }));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var effectId = (await first.JsonAsync()).GetProperty("effectId").GetString();
        Assert.Equal(HttpStatusCode.Accepted, same.StatusCode);
        Assert.Equal(effectId, (await same.JsonAsync()).GetProperty("effectId").GetString());
        var problem = await ProblemAssert.IsProblemAsync(other, HttpStatusCode.Conflict);
        Assert.Equal("already-escalated", problem.GetProperty("code").GetString());
        var state = await api.StateAsync(opened.CaseId);
        Assert.Equal("Contoso-17", state.Escalation!.InvestigationName);
        Assert.Equal(EffectKind.CreateInvestigation, state.FindEffect(new EffectId(effectId!))!.Kind);
        var overview = await client.GetJsonAsync($"/api/cases/{opened.CaseId}");
        Assert.Equal("Contoso-17", overview.GetProperty("escalation").GetProperty("investigationName").GetString());
    }

    [Fact]
    public async Task Sharing_with_ServiceNow_or_by_email_asks_for_the_matching_effect()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();

        var incident = await (await client.SendAsync(Post($"/api/cases/{opened.CaseId}/share", new { target = "ServiceNow" }))).JsonAsync();
        var email = await (await client.SendAsync(Post($"/api/cases/{opened.CaseId}/share", new { target = "Email", recipient = "hr@contoso.test" }))).JsonAsync();

        var state = await api.StateAsync(opened.CaseId);
        Assert.Equal(EffectKind.CreateIncident, state.FindEffect(new EffectId(incident.GetProperty("effectId").GetString()!))!.Kind);
        var byEmail = state.FindEffect(new EffectId(email.GetProperty("effectId").GetString()!))!;
        Assert.Equal("hr@contoso.test", Assert.IsType<EffectPayload.ShareByEmail>(byEmail.Payload).Recipient);
    }

    [Theory]
    [InlineData("{\"target\":\"Fax\"}", "target")]
    [InlineData("{\"target\":\"Email\"}", "recipient")]
    [InlineData("{}", "target")]
    public async Task A_bad_share_is_400_naming_the_field_and_stores_nothing(string body, string field)
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, Path($"/api/cases/{opened.CaseId}/share")) { Content = Builders.Json(body) });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.Equal(opened.Version, (await api.StateAsync(opened.CaseId)).Version);
    }

    [Fact]
    public async Task A_configured_flow_runs_and_an_unknown_one_is_400_on_flowName()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();

        using var configured = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/flows", new { flowName = ApiWithFlow.FlowName }));
        using var unknown = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/flows", new { flowName = "NotThere" }));

        Assert.Equal(HttpStatusCode.Accepted, configured.StatusCode);
        var effect = (await api.StateAsync(opened.CaseId)).FindEffect(new EffectId((await configured.JsonAsync()).GetProperty("effectId").GetString()!))!;
        Assert.Equal(ApiWithFlow.FlowName, Assert.IsType<EffectPayload.RunFlow>(effect.Payload).FlowName);
        var problem = await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.BadRequest);
        Assert.Equal("flow-not-configured", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("flowName", out _));
    }

    [Fact]
    public async Task A_team_is_created_once_per_case()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Investigator();

        using var first = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/team", null));
        using var again = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/team", null));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var effectId = (await first.JsonAsync()).GetProperty("effectId").GetString();
        Assert.Equal(effectId, (await again.JsonAsync()).GetProperty("effectId").GetString());
        Assert.Single((await api.StateAsync(opened.CaseId)).Effects.Values, e => e.Kind == EffectKind.CreateTeam);
    }
}
