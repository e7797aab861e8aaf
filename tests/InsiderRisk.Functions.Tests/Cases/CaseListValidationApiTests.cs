using System.Net;

namespace InsiderRisk.Functions.Tests.Cases;

/// <summary>Bad case queue filters answer 400 naming the field.</summary>
public sealed class CaseListValidationApiTests(ApiWithCases api) : IClassFixture<ApiWithCases>
{
    [Theory]
    [InlineData("status=Open", "status")]
    [InlineData("openedFrom=yesterday", "openedFrom")]
    [InlineData("updatedTo=2026-13-01", "updatedTo")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=1001", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("continuationToken=not-a-token", "continuationToken")]
    [InlineData("openedFrom=2026-05-02T00:00:00Z&openedTo=2026-05-01T00:00:00Z", "openedTo")]
    public async Task A_bad_filter_is_400_naming_the_field(string query, string field)
    {
        using var client = api.Analyst();

        using var response = await client.GetPathAsync("/api/cases?" + query);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }
}
