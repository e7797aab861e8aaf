using System.Net;
using System.Text.Json;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Domain.Risk;
using InsiderRisk.Functions.Risk;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Cases;

public sealed class CaseOverviewApiTests(ApiWithCases api) : IClassFixture<ApiWithCases>
{
    [Fact]
    public async Task The_overview_shows_the_list_fields_the_pseudonymized_user_and_the_alerts()
    {
        var caseId = NewCaseId();
        var detected = new DateTimeOffset(2026, 11, 20, 7, 30, 0, TimeSpan.Zero);
        var opened = await api.RunAsync(Open(
            caseId, api.User(), "Mass download", DateTimeOffset.UtcNow, AnalystId,
            Alert("al-1", Severity.Medium, "Downloads", detected), Alert("al-2", Severity.High, "Leaks", detected.AddHours(1))));
        using var client = api.Investigator();

        var overview = await client.GetJsonAsync($"/api/cases/{caseId}");

        Assert.Equal(caseId.Value, overview.GetProperty("caseId").GetString());
        Assert.Equal("Mass download", overview.GetProperty("name").GetString());
        Assert.Equal("Active", overview.GetProperty("status").GetString());
        Assert.Equal(2, overview.GetProperty("totalPolicyAlerts").GetInt32());
        Assert.Equal(api.User().Value, overview.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, overview.GetProperty("user").GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Null, overview.GetProperty("classification").ValueKind);
        Assert.Equal(JsonValueKind.Null, overview.GetProperty("escalation").ValueKind);
        Assert.Equal(opened.DueAt, overview.GetProperty("dueAt").GetDateTimeOffset());
        var alerts = overview.GetProperty("alerts");
        Assert.Equal(["al-1", "al-2"], alerts.Names("alertId"));
        Assert.Equal("Confirmed", alerts[0].GetProperty("status").GetString());
        Assert.Equal("Medium", alerts[0].GetProperty("severity").GetString());
        Assert.Equal("Downloads", alerts[0].GetProperty("policy").GetString());
        Assert.Equal(detected, alerts[0].GetProperty("detectedAt").GetDateTimeOffset());
        Assert.DoesNotContain(InvestigatedUser, overview.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_overview_shows_the_users_last_computed_risk_and_null_before_any()
    {
        var opened = await api.RunAsync(Open(NewCaseId(), api.User("scored.user@contoso.test")));
        var unscored = await api.RunAsync(Open(NewCaseId(), api.User("never.scored@contoso.test")));
        var assessment = new UserRiskAssessment(72, RiskLevel.High, RiskState.AtRisk, 72, 72, [], [], [], DateTimeOffset.UtcNow, 1, null);
        await api.Factory.Get<UserRiskStore>().SaveAsync(new StoredUserRisk(opened.User, assessment, new RiskInputsFingerprint(1, 1, 1)), null);
        using var client = api.Analyst();

        var scored = await client.GetJsonAsync($"/api/cases/{opened.CaseId}");
        var notScored = await client.GetJsonAsync($"/api/cases/{unscored.CaseId}");

        Assert.Equal(72, scored.GetProperty("riskScore").GetInt32());
        Assert.Equal("High", scored.GetProperty("riskLevel").GetString());
        Assert.Equal(JsonValueKind.Null, notScored.GetProperty("riskScore").ValueKind);
        Assert.Equal(JsonValueKind.Null, notScored.GetProperty("riskLevel").ValueKind);
    }

    [Fact]
    public async Task History_lists_every_event_in_order_with_its_stored_data()
    {
        var opened = await api.OpenCaseAsync();
        await api.RunAsync(Note(opened.CaseId, "A finding", DateTimeOffset.UtcNow, InvestigatorId));
        using var client = api.Analyst();

        var history = await client.GetJsonAsync($"/api/cases/{opened.CaseId}/history");

        var entries = history.EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.GetProperty("seq").GetInt64()));
        Assert.Equal("CaseOpened", entries[0].GetProperty("type").GetString());
        Assert.Equal(AnalystId, entries[0].GetProperty("by").GetString());
        Assert.Equal("Exfiltration review", entries[0].GetProperty("data").GetProperty("name").GetString());
        var note = entries.Single(e => e.GetProperty("type").GetString() == "NoteAdded");
        Assert.Equal("A finding", note.GetProperty("data").GetProperty("text").GetString());
        Assert.Equal(InvestigatorId, note.GetProperty("by").GetString());
        Assert.True(entries.Zip(entries.Skip(1)).All(pair => pair.First.GetProperty("at").GetDateTimeOffset() <= pair.Second.GetProperty("at").GetDateTimeOffset()));
    }

    [Fact]
    public async Task Effects_show_each_outside_effect_with_its_status_attempts_and_result()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();
        var accepted = await (await client.SendAsync(Post($"/api/cases/{opened.CaseId}/share", new { target = "ServiceNow" }))).JsonAsync();
        var effectId = new EffectId(accepted.GetProperty("effectId").GetString()!);
        await api.RunAsync(new CaseCommand.RecordEffectAttemptFailed(effectId, 1, "ServiceNow timed out", DateTimeOffset.UtcNow.AddMinutes(1))
        {
            CaseId = opened.CaseId, At = DateTimeOffset.UtcNow, By = CaseNote.SystemAuthor,
        });
        await api.RunAsync(Succeeded(opened.CaseId, effectId, new EffectResult.IncidentCreated("INC0012345"), DateTimeOffset.UtcNow));

        var effects = await client.GetJsonAsync($"/api/cases/{opened.CaseId}/effects");

        var incident = effects.EnumerateArray().Single(e => e.GetProperty("effectId").GetString() == effectId.Value);
        Assert.Equal("CreateIncident", incident.GetProperty("kind").GetString());
        Assert.Equal("Succeeded", incident.GetProperty("status").GetString());
        Assert.Equal(1, incident.GetProperty("attempts").GetInt32());
        Assert.Equal("ServiceNow timed out", incident.GetProperty("lastError").GetString());
        Assert.Contains("INC0012345", incident.GetProperty("result").GetString(), StringComparison.Ordinal);
        Assert.Contains(effects.EnumerateArray(), e => e.GetProperty("kind").GetString() == "ReviewDueTimer");
    }

    [Fact]
    public async Task A_missed_review_marks_the_case_overdue_in_the_queue_until_the_next_note()
    {
        var opened = await api.OpenCaseAsync("Overdue-marker case", DateTimeOffset.UtcNow.AddDays(-3));
        await api.RunAsync(new CaseCommand.FireReviewTimer(opened.ReviewTimerId!.Value)
        {
            CaseId = opened.CaseId, At = DateTimeOffset.UtcNow, By = CaseNote.SystemAuthor,
        });
        using var client = api.Analyst();

        var overdue = await client.GetJsonAsync("/api/cases?q=overdue-marker");
        await api.RunAsync(Note(opened.CaseId, "Reviewed now", DateTimeOffset.UtcNow));
        var reviewed = await client.GetJsonAsync("/api/cases?q=overdue-marker");

        Assert.True(overdue.GetProperty("items")[0].GetProperty("overdue").GetBoolean());
        Assert.False(reviewed.GetProperty("items")[0].GetProperty("overdue").GetBoolean());
    }

    [Theory]
    [InlineData("")]
    [InlineData("/history")]
    [InlineData("/effects")]
    [InlineData("/contributors")]
    [InlineData("/notes")]
    public async Task An_unknown_case_is_404(string route)
    {
        using var client = api.Analyst();

        using var response = await client.GetPathAsync($"/api/cases/no-such-case{route}");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("case-not-found", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_case_id_no_case_can_have_is_simply_not_found()
    {
        using var client = api.Analyst();

        using var response = await client.GetPathAsync("/api/cases/a%7Cb");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
