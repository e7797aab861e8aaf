using System.Net;
using InsiderRisk.Domain.Cases;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Cases;

public sealed class CaseNotesApiTests(ApiWithCases api) : IClassFixture<ApiWithCases>
{
    [Fact]
    public async Task Adding_a_note_answers_201_with_it_and_moves_last_updated()
    {
        var opened = await api.OpenCaseAsync(at: DateTimeOffset.UtcNow.AddHours(-2));
        using var client = api.Investigator();

        using var response = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/notes", new { text = "Spoke with the manager." }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var note = await response.JsonAsync();
        Assert.Equal("Spoke with the manager.", note.GetProperty("text").GetString());
        Assert.Equal(InvestigatorId, note.GetProperty("author").GetString());
        Assert.False(string.IsNullOrEmpty(note.GetProperty("noteId").GetString()));
        var overview = await client.GetJsonAsync($"/api/cases/{opened.CaseId}");
        Assert.Equal(InvestigatorId, overview.GetProperty("lastUpdatedBy").GetString());
        Assert.True(overview.GetProperty("lastUpdatedAt").GetDateTimeOffset() > opened.LastUpdatedAt);
    }

    [Fact]
    public async Task Notes_list_newest_first_and_filter_by_text_case_insensitively()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();
        foreach (var text in new[] { "First call", "USB copy found", "Second CALL logged" })
        {
            (await client.SendAsync(Post($"/api/cases/{opened.CaseId}/notes", new { text }))).EnsureSuccessStatusCode();
        }

        var all = await client.GetJsonAsync($"/api/cases/{opened.CaseId}/notes");
        var calls = await client.GetJsonAsync($"/api/cases/{opened.CaseId}/notes?q=call");

        Assert.Equal(["Second CALL logged", "USB copy found", "First call"], all.Names("text"));
        Assert.Equal(["Second CALL logged", "First call"], calls.Names("text"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task A_blank_note_is_400_on_text_and_stores_nothing(string? text)
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();

        using var response = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/notes", new { text }));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
        Assert.Equal(opened.Version, (await api.StateAsync(opened.CaseId)).Version);
    }

    [Fact]
    public async Task A_note_of_10000_characters_is_taken_and_one_more_is_400()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();

        using var longest = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/notes", new { text = new string('x', 10_000) }));
        using var tooLong = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/notes", new { text = new string('x', 10_001) }));

        Assert.Equal(HttpStatusCode.Created, longest.StatusCode);
        var problem = await ProblemAssert.IsProblemAsync(tooLong, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
        Assert.Single((await api.StateAsync(opened.CaseId)).Notes);
    }

    [Fact]
    public async Task A_closed_case_still_takes_notes()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();
        (await client.SendAsync(Post($"/api/cases/{opened.CaseId}/resolve", new { classification = "Benign", actionTaken = "None needed." }))).EnsureSuccessStatusCode();

        using var response = await client.SendAsync(Post($"/api/cases/{opened.CaseId}/notes", new { text = "Follow-up after closing." }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Follow-up after closing.", (await api.StateAsync(opened.CaseId)).Notes[^1].Text);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Notes_are_permanent_so_changing_one_is_405(string method)
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();
        var note = await (await client.SendAsync(Post($"/api/cases/{opened.CaseId}/notes", new { text = "Keep me." }))).JsonAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), Path($"/api/cases/{opened.CaseId}/notes/{note.GetProperty("noteId").GetString()}"))
        {
            Content = Body(new { text = "Changed." }),
        };

        using var response = await client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal("Keep me.", (await api.StateAsync(opened.CaseId)).Notes.Single().Text);
    }

    [Fact]
    public async Task An_unknown_case_is_404_for_notes()
    {
        using var client = api.Analyst();

        using var list = await client.GetPathAsync("/api/cases/no-such-case/notes");
        using var add = await client.SendAsync(Post("/api/cases/no-such-case/notes", new { text = "Hello" }));

        await ProblemAssert.IsProblemAsync(list, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(add, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Notes_of_effect_outcomes_are_listed_like_any_other()
    {
        var opened = await api.OpenCaseAsync();
        var state = await api.RunAsync(Note(opened.CaseId, "Typed by hand", DateTimeOffset.UtcNow));
        using var client = api.Analyst();

        var notes = await client.GetJsonAsync($"/api/cases/{opened.CaseId}/notes");

        Assert.Equal(state.NotesNewestFirst().Select(n => n.NoteId), notes.Names("noteId"));
        Assert.Equal(CaseNoteIds.For(opened.Version + 1), notes[0].GetProperty("noteId").GetString());
    }
}
