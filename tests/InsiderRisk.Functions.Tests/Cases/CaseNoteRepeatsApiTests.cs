using System.Net;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Cases;

/// <summary>Notes under retries and racing writers: never lost, never duplicated.</summary>
public sealed class CaseNoteRepeatsApiTests(ApiWithCases api) : IClassFixture<ApiWithCases>
{
    [Fact]
    public async Task The_same_Idempotency_Key_twice_adds_one_note_and_answers_it_both_times()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();

        using var first = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/notes", new { text = "Only once." }, "key-1"));
        using var again = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/notes", new { text = "Only once." }, "key-1"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("noteId").GetString(), (await again.JsonAsync()).GetProperty("noteId").GetString());
        Assert.Single((await api.StateAsync(opened.CaseId)).Notes);
    }

    [Fact]
    public async Task Parallel_notes_on_one_case_all_land_exactly_once()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();

        var responses = await Task.WhenAll(Enumerable.Range(1, 24).Select(i =>
            client.SendAsync(Post($"/api/cases/{opened.CaseId}/notes", new { text = $"note {i}" }))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        var state = await api.StateAsync(opened.CaseId);
        Assert.Equal(Enumerable.Range(1, 24).Select(i => $"note {i}").Order(), state.Notes.Select(n => n.Text).Order());
        Assert.Equal(state.Notes.Length, state.Notes.Select(n => n.NoteId).Distinct().Count());
        Assert.Equal(24, state.Notes.Length);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_malformed_Idempotency_Key_is_400_and_stores_nothing()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();

        using var response = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/notes", new { text = "Hi" }, new string('k', 101)));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        Assert.Empty((await api.StateAsync(opened.CaseId)).Notes);
    }
}
