using System.Net;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Cases;

/// <summary>What every action refuses: a closed case (409), bad input (400 by field, nothing stored), an unknown case (404).</summary>
public sealed class CaseActionRulesApiTests(ApiWithFlow api) : IClassFixture<ApiWithFlow>
{
    [Theory]
    [InlineData("escalate", "{\"investigationName\":\"X\"}")]
    [InlineData("share", "{\"target\":\"ServiceNow\"}")]
    [InlineData("flows", "{\"flowName\":\"" + ApiWithFlow.FlowName + "\"}")]
    [InlineData("team", "{}")]
    [InlineData("contributors", "{\"userId\":\"new@contoso.test\"}")]
    [InlineData("resolve", "{\"classification\":\"Benign\",\"actionTaken\":\"Again\"}")]
    [InlineData("notices", "{\"templateName\":\"" + ApiWithFlow.TemplateName + "\"}")]
    public async Task Every_action_but_a_note_on_a_closed_case_is_409_and_changes_nothing(string action, string body)
    {
        var opened = await api.OpenCaseAsync();
        var closed = await api.RunAsync(new CaseCommand.Resolve(CaseClassification.Benign, "Closed.") { CaseId = opened.CaseId, At = DateTimeOffset.UtcNow, By = AnalystId });
        using var client = api.Analyst();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, Path($"/api/cases/{opened.CaseId}/{action}")) { Content = Builders.Json(body) });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("case-closed", problem.GetProperty("code").GetString());
        Assert.Equal(closed.Version, (await api.StateAsync(opened.CaseId)).Version);
    }

    [Theory]
    [InlineData("escalate", "{}", "investigationName")]
    [InlineData("escalate", "{\"investigationName\":\"X\",\"notes\":\"\"}", null)]
    [InlineData("flows", "{\"flowName\":\" \"}", "flowName")]
    [InlineData("resolve", "{\"classification\":\"Guilty\",\"actionTaken\":\"x\"}", "classification")]
    [InlineData("resolve", "{\"classification\":\"Benign\"}", "actionTaken")]
    [InlineData("notices", "{\"subject\":\"Hi\"}", "templateName")]
    [InlineData("notices", "{\"templateName\":\"no-such-template\"}", "templateName")]
    [InlineData("notices", "{\"templateName\":\"" + ApiWithFlow.TemplateName + "\",\"cc\":[\"\"]}", "cc[0]")]
    [InlineData("contributors", "{\"userId\":\"\"}", "userId")]
    public async Task Invalid_input_is_400_with_the_field_and_stores_nothing(string action, string body, string? field)
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, Path($"/api/cases/{opened.CaseId}/{action}")) { Content = Builders.Json(body) });

        if (field is null)
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return;
        }

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.Equal(opened.Version, (await api.StateAsync(opened.CaseId)).Version);
    }

    [Fact]
    public async Task Malformed_json_is_400_and_stores_nothing()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, Path($"/api/cases/{opened.CaseId}/escalate")) { Content = Builders.Json("{\"investigationName\":") });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(opened.Version, (await api.StateAsync(opened.CaseId)).Version);
    }

    [Theory]
    [InlineData("escalate", "{\"investigationName\":\"X\"}")]
    [InlineData("share", "{\"target\":\"ServiceNow\"}")]
    [InlineData("team", "{}")]
    [InlineData("resolve", "{\"classification\":\"Benign\",\"actionTaken\":\"x\"}")]
    public async Task Actions_on_an_unknown_case_are_404(string action, string body)
    {
        using var client = api.Analyst();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, Path($"/api/cases/missing-case/{action}")) { Content = Builders.Json(body) });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
