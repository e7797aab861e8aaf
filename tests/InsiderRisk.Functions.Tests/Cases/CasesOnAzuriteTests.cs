using System.Net;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Tests.Support;
using InsiderRisk.TestSupport;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Cases;

/// <summary>
/// The command path and the case queue index on Azure Table semantics (ETags, key ranges, typed
/// filters, service continuation tokens). The Azurite is shared by the class: each test uses its own
/// year and name marker.
/// </summary>
public sealed class CasesOnAzuriteTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Filters_search_and_paging_answer_from_the_index()
    {
        using var api = ApiWithCases.OnAzurite(azurite.Server);
        var start = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 6; i++)
        {
            await api.OpenCaseAsync($"Azure-filter {i}", start.AddDays(i));
        }

        var closed = await api.OpenCaseAsync("Azure-filter closed", start.AddDays(10));
        await api.RunAsync(new CaseCommand.Resolve(CaseClassification.Benign, "Done.") { CaseId = closed.CaseId, At = start.AddDays(11), By = AnalystId });
        using var client = api.Analyst();
        const string Window = "openedFrom=2024-03-01T00:00:00Z&openedTo=2024-04-01T00:00:00Z";

        var names = new List<string>();
        string? token = null;
        do
        {
            var page = await client.GetJsonAsync($"/api/cases?{Window}&q=AZURE-FILTER&pageSize=4" + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token)));
            names.AddRange(page.GetProperty("items").Names("name"));
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);
        var secondWeek = await client.GetJsonAsync($"/api/cases?openedFrom=2024-03-03T00:00:00Z&openedTo=2024-03-05T00:00:00Z");
        var closedOnes = await client.GetJsonAsync($"/api/cases?{Window}&status=Closed&updatedFrom=2024-03-12T00:00:00Z");

        Assert.Equal([.. Enumerable.Range(0, 6).Reverse().Select(i => $"Azure-filter {i}"), "Azure-filter closed"], names);
        Assert.Equal(["Azure-filter 3", "Azure-filter 2"], secondWeek.GetProperty("items").Names("name"));
        Assert.Equal(["Azure-filter closed"], closedOnes.GetProperty("items").Names("name"));
    }

    [Fact]
    public async Task Parallel_notes_land_exactly_once_on_Azure_tables()
    {
        using var api = ApiWithCases.OnAzurite(azurite.Server);
        var opened = await api.OpenCaseAsync("Azure-parallel", new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero));
        using var client = api.Analyst();

        var responses = await Task.WhenAll(Enumerable.Range(1, 12).Select(i =>
            client.SendAsync(Post($"/api/cases/{opened.CaseId}/notes", new { text = $"azure note {i}" }))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        var state = await api.StateAsync(opened.CaseId);
        Assert.Equal(12, state.Notes.Length);
        Assert.Equal(12, state.Notes.Select(n => n.Text).Distinct().Count());
        var listed = await client.GetJsonAsync("/api/cases?q=azure-parallel");
        Assert.Equal(state.LastUpdatedAt, listed.GetProperty("items")[0].GetProperty("lastUpdatedAt").GetDateTimeOffset());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_contributor_lists_their_cases_and_a_closed_case_leaves_the_active_partition()
    {
        using var api = ApiWithCases.OnAzurite(azurite.Server);
        const string Contributor = "azure.contributor@contoso.test";
        var theirs = await api.OpenCaseAsync("Azure-contrib mine", new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero), by: Contributor);
        await api.OpenCaseAsync("Azure-contrib other", new DateTimeOffset(2022, 1, 2, 0, 0, 0, TimeSpan.Zero));
        await api.RunAsync(new CaseCommand.Resolve(CaseClassification.Benign, "Done.") { CaseId = theirs.CaseId, At = DateTimeOffset.UtcNow, By = AnalystId });
        using var contributor = api.As(Contributor);
        using var analyst = api.Analyst();

        var listed = await contributor.GetJsonAsync("/api/cases");
        var active = await analyst.GetJsonAsync("/api/cases?status=Active&q=azure-contrib");

        Assert.Equal([theirs.CaseId.Value], listed.GetProperty("items").Names("caseId"));
        Assert.Equal("Closed", listed.GetProperty("items")[0].GetProperty("status").GetString());
        Assert.Equal(["Azure-contrib other"], active.GetProperty("items").Names("name"));
    }
}
