using System.Net;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Cases;

/// <summary>DOMAIN.md's permission table on the case routes, contributors included.</summary>
public sealed class CaseAccessApiTests(ApiWithCases api) : IClassFixture<ApiWithCases>
{
    public static TheoryData<string, string, string?> Routes => new()
    {
        { "GET", "", null },
        { "GET", "/notes", null },
        { "GET", "/contributors", null },
        { "GET", "/history", null },
        { "GET", "/effects", null },
        { "POST", "/notes", "{\"text\":\"hi\"}" },
        { "POST", "/contributors", "{\"userId\":\"x@contoso.test\"}" },
        { "POST", "/notices", "{\"templateName\":\"t\"}" },
        { "POST", "/escalate", "{\"investigationName\":\"X\"}" },
        { "POST", "/share", "{\"target\":\"ServiceNow\"}" },
        { "POST", "/flows", "{\"flowName\":\"f\"}" },
        { "POST", "/team", "{}" },
        { "POST", "/resolve", "{\"classification\":\"Benign\",\"actionTaken\":\"x\"}" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Without_an_identity_every_case_route_is_401(string method, string route, string? body)
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Factory.CreateClient();

        using var response = await client.SendAsync(Request(method, $"/api/cases/{opened.CaseId}{route}", body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Admins_and_auditors_are_403_on_every_case_route_known_case_or_not(string method, string route, string? body)
    {
        var opened = await api.OpenCaseAsync();

        foreach (var role in new[] { Role.Admin, Role.Auditor })
        {
            using var client = api.As($"{role}@contoso.test".ToLowerInvariant(), role);
            using var known = await client.SendAsync(Request(method, $"/api/cases/{opened.CaseId}{route}", body));
            using var unknown = await client.SendAsync(Request(method, $"/api/cases/unknown-case{route}", body));

            await ProblemAssert.IsProblemAsync(known, HttpStatusCode.Forbidden);
            await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.Forbidden);
        }

        Assert.Equal(opened.Version, (await api.StateAsync(opened.CaseId)).Version);
    }

    [Fact]
    public async Task A_contributor_views_and_acts_on_their_own_case_only_and_cannot_edit_contributors()
    {
        var own = await api.OpenCaseAsync("Contributed");
        var other = await api.OpenCaseAsync("Not contributed");
        using var analyst = api.Analyst();
        (await analyst.SendAsync(Post($"/api/cases/{own.CaseId}/contributors", new { userId = ContributorId }))).EnsureSuccessStatusCode();
        using var contributor = api.As(ContributorId);

        using var view = await contributor.GetPathAsync($"/api/cases/{own.CaseId}");
        using var note = await contributor.SendAsync(Post($"/api/cases/{own.CaseId}/notes", new { text = "From a contributor" }));
        using var escalate = await contributor.SendAsync(Post($"/api/cases/{own.CaseId}/escalate", new { investigationName = "C-1" }));
        using var addContributor = await contributor.SendAsync(Post($"/api/cases/{own.CaseId}/contributors", new { userId = "friend@contoso.test" }));
        using var otherView = await contributor.GetPathAsync($"/api/cases/{other.CaseId}");
        using var otherNote = await contributor.SendAsync(Post($"/api/cases/{other.CaseId}/notes", new { text = "Sneaky" }));

        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, escalate.StatusCode);
        await ProblemAssert.IsProblemAsync(addContributor, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(otherView, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(otherNote, HttpStatusCode.Forbidden);
        Assert.Empty((await api.StateAsync(other.CaseId)).Notes);
    }

    [Fact]
    public async Task Contributors_list_the_opener_first_and_adding_one_twice_is_harmless()
    {
        var opened = await api.OpenCaseAsync(by: InvestigatorId);
        using var client = api.Analyst();

        using var added = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/contributors", new { userId = "Pat@Contoso.test" }));
        using var again = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/contributors", new { userId = "pat@contoso.test" }));
        var list = await client.GetJsonAsync($"/api/cases/{opened.CaseId}/contributors");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal([InvestigatorId, "Pat@Contoso.test"], list.Names("userId"));
    }

    [Fact]
    public async Task An_unknown_case_is_403_not_404_for_a_caller_with_no_role()
    {
        using var client = api.As(OutsiderId);

        using var response = await client.GetPathAsync("/api/cases/unknown-case");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    private static HttpRequestMessage Request(string method, string path, string? body) =>
        new(new HttpMethod(method), Path(path)) { Content = body is null ? null : Builders.Json(body) };
}
