using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Alerts.Storage;
using static InsiderRisk.Functions.Tests.Alerts.AlertBuilders;
using static InsiderRisk.Functions.Tests.Alerts.AlertsApp;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>Confirm into a new or an existing case: statuses, case rules (409), retries answer the same.</summary>
public sealed class TriageApiTests(AlertsApp app) : IClassFixture<AlertsApp>
{
    [Fact]
    public async Task Confirming_into_a_new_case_opens_it_with_the_comment_as_first_note_and_marks_the_alert()
    {
        var id = NewId();
        await app.IngestAsync(Alert(id));

        var (status, caseId) = await ConfirmAsync(id, new JsonObject { ["caseName"] = "Budget leak", ["comment"] = "Looks deliberate." });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Matches("^IR-[0-9]{8}-[0-9A-HJKMNP-TV-Z]{6}$", caseId);
        var state = await app.CaseAsync(caseId);
        Assert.Equal("Budget leak", state.Name);
        Assert.Equal(app.Pseudonym(Adele), state.User);
        Assert.Equal([id], state.Alerts.Select(a => a.AlertId.Value));
        var note = Assert.Single(state.Notes);
        Assert.Equal(("Looks deliberate.", AnalystId), (note.Text, note.Author));
        var view = await app.AlertAsync(id);
        Assert.Equal("Confirmed", view.GetProperty("status").GetString());
        Assert.Equal(caseId, view.GetProperty("caseId").GetString());
    }

    [Fact]
    public async Task Confirming_into_an_existing_active_case_of_the_same_user_is_200_and_the_case_counts_only_attached_alerts()
    {
        var (first, second) = (NewId(), NewId());
        await app.IngestAsync(Batch(Alert(first), Alert(second), Alert(NewId())));
        var (_, caseId) = await ConfirmAsync(first, new JsonObject { ["caseName"] = "Review" });

        var (status, answered) = await ConfirmAsync(second, new JsonObject { ["caseId"] = caseId });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(caseId, answered);
        Assert.Equal([first, second], (await app.CaseAsync(caseId)).Alerts.Select(a => a.AlertId.Value));
    }

    [Fact]
    public async Task A_retried_confirm_answers_the_same_case_and_a_different_target_is_409()
    {
        var id = NewId();
        await app.IngestAsync(Alert(id));
        var body = new JsonObject { ["caseName"] = "Retry me", ["comment"] = "once" };
        var (_, caseId) = await ConfirmAsync(id, body);

        var (againStatus, again) = await ConfirmAsync(id, body);
        var (existingStatus, existing) = await ConfirmAsync(id, new JsonObject { ["caseId"] = caseId });
        using var client = app.Analyst();
        using var other = await PostAsync(client, $"/api/alerts/{id}/confirm", new JsonObject { ["caseName"] = "Another case" });

        Assert.Equal((HttpStatusCode.Created, caseId), (againStatus, again));
        Assert.Equal((HttpStatusCode.OK, caseId), (existingStatus, existing));
        var problem = await ProblemAssert.IsProblemAsync(other, HttpStatusCode.Conflict);
        Assert.Contains(caseId, problem.GetProperty("errors").GetProperty("alertId")[0].GetString(), StringComparison.Ordinal);
        var state = await app.CaseAsync(caseId);
        Assert.Single(state.Notes);
        Assert.Single(state.Alerts);
    }

    [Fact]
    public async Task Another_users_case_and_a_closed_case_refuse_the_alert_with_409_and_leave_it_for_review()
    {
        var (adeles, bens, late) = (NewId(), NewId(), NewId());
        await app.IngestAsync(Batch(Alert(adeles), Alert(bens, userId: Ben), Alert(late)));
        var (_, caseId) = await ConfirmAsync(adeles, new JsonObject { ["caseName"] = "Adele" });

        using var client = app.Analyst();
        using var otherUser = await PostAsync(client, $"/api/alerts/{bens}/confirm", new JsonObject { ["caseId"] = caseId });
        await ResolveAsync(caseId);
        using var closed = await PostAsync(client, $"/api/alerts/{late}/confirm", new JsonObject { ["caseId"] = caseId });

        Assert.Equal("alert-user-mismatch", (await ProblemAssert.IsProblemAsync(otherUser, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal("case-closed", (await ProblemAssert.IsProblemAsync(closed, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal("NeedsReview", (await app.AlertAsync(bens)).GetProperty("status").GetString());
        Assert.Null((await app.RowAsync(late))!.Claim);
        Assert.Equal("Resolved", (await app.AlertAsync(adeles)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unknown_alerts_and_cases_are_404_and_bad_bodies_400()
    {
        var id = NewId();
        await app.IngestAsync(Alert(id));
        using var client = app.Analyst();

        using var noAlert = await PostAsync(client, $"/api/alerts/{NewId()}/confirm", new JsonObject { ["caseName"] = "x" });
        using var noCase = await PostAsync(client, $"/api/alerts/{id}/confirm", new JsonObject { ["caseId"] = "IR-20260101-ZZZZZZ" });
        using var both = await PostAsync(client, $"/api/alerts/{id}/confirm", new JsonObject { ["caseId"] = "IR-1", ["caseName"] = "x" });
        using var neither = await PostAsync(client, $"/api/alerts/{id}/confirm", new JsonObject { ["comment"] = 5 });

        await ProblemAssert.IsProblemAsync(noAlert, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(noCase, HttpStatusCode.NotFound);
        Assert.True((await ProblemAssert.IsProblemAsync(both, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("caseId", out _));
        var errors = (await ProblemAssert.IsProblemAsync(neither, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("comment", out _));
        Assert.Equal("NeedsReview", (await app.AlertAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_live_claim_blocks_every_other_request_and_an_expired_one_is_taken_over()
    {
        var (held, expired) = (NewId(), NewId());
        await app.IngestAsync(Batch(Alert(held), Alert(expired)));
        await ClaimAsync(held, "confirm-new:Crashed", DateTimeOffset.UtcNow);
        await ClaimAsync(expired, "confirm-new:Crashed", DateTimeOffset.UtcNow - TriageClaim.Lifetime - TimeSpan.FromSeconds(5));
        using var client = app.Analyst();

        using var other = await PostAsync(client, $"/api/alerts/{held}/dismiss", new JsonObject { ["reason"] = "NotImpactful" });
        using var same = await PostAsync(client, $"/api/alerts/{held}/confirm", new JsonObject { ["caseName"] = "Crashed" });
        var (status, caseId) = await ConfirmAsync(expired, new JsonObject { ["caseName"] = "Crashed" });

        await ProblemAssert.IsProblemAsync(other, HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(same, HttpStatusCode.Conflict);
        Assert.Equal("NeedsReview", (await app.AlertAsync(held)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(caseId, (await app.AlertAsync(expired)).GetProperty("caseId").GetString());
    }

    [Fact]
    public async Task An_expired_claim_whose_request_got_the_alert_into_its_case_is_settled_as_confirmed()
    {
        var id = NewId();
        await app.IngestAsync(Alert(id));
        var caseId = new CaseId("IR-20260101-" + NewId("")[2..8].ToUpperInvariant());
        var opened = await app.Cases.ExecuteAsync(new CaseCommand.OpenCase("Crashed after opening", app.Pseudonym(Adele),
            [new AlertSummary(new AlertId(id), "Data leaks", Severity.High, BaseTime)]) { CaseId = caseId, At = DateTimeOffset.UtcNow, By = AnalystId });
        Assert.True(opened.Succeeded);
        var rows = app.Factory.Get<AlertRowStore>();
        var reset = new AlertRowChange(new Dictionary<string, object> { ["Status"] = "NeedsReview", ["CaseId"] = "" });
        Assert.True(await rows.TryChangeAsync((await app.RowAsync(id))!, reset));
        await ClaimAsync(id, "confirm-new:Crashed after opening", DateTimeOffset.UtcNow - TriageClaim.Lifetime - TimeSpan.FromSeconds(5), caseId);
        using var client = app.Analyst();

        using var dismiss = await PostAsync(client, $"/api/alerts/{id}/dismiss", new JsonObject { ["reason"] = "NotImpactful" });

        await ProblemAssert.IsProblemAsync(dismiss, HttpStatusCode.Conflict);
        var view = await app.AlertAsync(id);
        Assert.Equal(("Confirmed", caseId.Value), (view.GetProperty("status").GetString(), view.GetProperty("caseId").GetString()));
    }

    private async Task ClaimAsync(string alertId, string target, DateTimeOffset at, CaseId? caseId = null)
    {
        var claim = new TriageClaim(target, caseId ?? new CaseId("IR-20260101-0CRASH"), at, "crashed-request");
        Assert.True(await app.Factory.Get<AlertRowStore>().TryChangeAsync((await app.RowAsync(alertId))!, AlertRowChange.Claim(claim)));
    }

    private async Task<(HttpStatusCode Status, string CaseId)> ConfirmAsync(string alertId, JsonObject body)
    {
        using var client = app.Analyst();
        using var response = await PostAsync(client, $"/api/alerts/{alertId}/confirm", body);
        var json = await ReadJsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, json.GetRawText());
        return (response.StatusCode, json.GetProperty("caseId").GetString()!);
    }

    private async Task ResolveAsync(string caseId)
    {
        var result = await app.Cases.ExecuteAsync(new CaseCommand.Resolve(CaseClassification.Benign, "No action needed.")
        {
            CaseId = new CaseId(caseId),
            At = DateTimeOffset.UtcNow,
            By = AnalystId,
        });
        Assert.True(result.Succeeded, result.Error?.Message);
    }
}
