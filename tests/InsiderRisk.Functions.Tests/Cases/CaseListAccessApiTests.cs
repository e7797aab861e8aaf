using System.Net;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Cases;

public sealed class CaseListAccessApiTests
{
    [Fact]
    public async Task A_caller_without_a_role_lists_only_the_cases_they_contribute_to()
    {
        using var api = new ApiWithCases();
        var opener = await api.OpenCaseAsync("Opened by them", by: ContributorId);
        var added = await api.OpenCaseAsync("Added to");
        await api.OpenCaseAsync("Someone else's");
        await api.RunAsync(new CaseCommand.AddContributor(ContributorId.ToUpperInvariant()) { CaseId = added.CaseId, At = DateTimeOffset.UtcNow, By = AnalystId });
        using var contributor = api.As(ContributorId);
        using var analyst = api.Analyst();

        var theirs = await contributor.GetJsonAsync("/api/cases");
        var filtered = await contributor.GetJsonAsync("/api/cases?q=added");
        var everything = await analyst.GetJsonAsync("/api/cases");

        Assert.Equal([added.CaseId.Value, opener.CaseId.Value], theirs.GetProperty("items").Names("caseId"));
        Assert.Equal([added.CaseId.Value], filtered.GetProperty("items").Names("caseId"));
        Assert.Equal(3, everything.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Role.Admin)]
    [InlineData(Role.Auditor)]
    public async Task A_caller_who_may_not_view_cases_and_contributes_to_none_is_403(Role? role)
    {
        using var api = new ApiWithCases();
        await api.OpenCaseAsync();
        using var client = role is { } r ? api.As(OutsiderId, r) : api.As(OutsiderId);

        using var response = await client.GetPathAsync("/api/cases");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Without_an_identity_the_list_is_401()
    {
        using var api = new ApiWithCases();
        using var client = api.Factory.CreateClient();

        using var response = await client.GetPathAsync("/api/cases");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
