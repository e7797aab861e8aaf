using System.Net;
using System.Text.Json.Nodes;
using static InsiderRisk.Functions.Tests.Alerts.AlertBuilders;
using static InsiderRisk.Functions.Tests.Alerts.AlertsApp;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>Dismiss with each kind of reason; bulk triage all-or-nothing, one user per confirmed case.</summary>
public sealed class DismissAndBulkApiTests(AlertsApp app) : IClassFixture<AlertsApp>
{
    [Theory]
    [InlineData("ExpectedActivity", "ExpectedActivity")]
    [InlineData(" notimpactful ", "NotImpactful")]
    [InlineData("TooMuchActivity", "TooMuchActivity")]
    [InlineData("Known backup job on Fridays", "Known backup job on Fridays")]
    public async Task Dismissing_records_the_reason_and_notes_and_the_alert_never_joins_a_case(string reason, string stored)
    {
        var id = NewId();
        await app.IngestAsync(Alert(id));
        using var client = app.Analyst();

        using var response = await PostAsync(client, $"/api/alerts/{id}/dismiss", new JsonObject { ["reason"] = reason, ["notes"] = "Checked with manager." });
        using var retry = await PostAsync(client, $"/api/alerts/{id}/dismiss", new JsonObject { ["reason"] = reason });
        using var confirm = await PostAsync(client, $"/api/alerts/{id}/confirm", new JsonObject { ["caseName"] = "Too late" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Dismissed", (await ReadJsonAsync(response)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await ProblemAssert.IsProblemAsync(confirm, HttpStatusCode.Conflict);
        var view = await app.AlertAsync(id);
        Assert.Equal("Dismissed", view.GetProperty("status").GetString());
        Assert.Equal(stored, view.GetProperty("dismissal").GetProperty("reason").GetString());
        Assert.Equal("Checked with manager.", view.GetProperty("dismissal").GetProperty("notes").GetString());
        Assert.Equal(AnalystId, view.GetProperty("triagedBy").GetString());
    }

    [Fact]
    public async Task Dismissing_without_a_reason_is_400_and_a_different_reason_later_is_409()
    {
        var id = NewId();
        await app.IngestAsync(Alert(id));
        using var client = app.Analyst();

        using var missing = await PostAsync(client, $"/api/alerts/{id}/dismiss", new JsonObject { ["notes"] = "no reason" });
        (await PostAsync(client, $"/api/alerts/{id}/dismiss", new JsonObject { ["reason"] = "NotImpactful" })).Dispose();
        using var changed = await PostAsync(client, $"/api/alerts/{id}/dismiss", new JsonObject { ["reason"] = "ExpectedActivity" });

        Assert.True((await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _));
        await ProblemAssert.IsProblemAsync(changed, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Bulk_confirm_puts_one_users_alerts_in_one_new_case_and_a_retry_answers_it_again()
    {
        var ids = new[] { NewId(), NewId(), NewId() };
        await app.IngestAsync(Batch([.. ids.Select((id, i) => Alert(id, minutes: i))]));
        using var client = app.Analyst();
        var body = new JsonObject { ["alertIds"] = new JsonArray([.. ids.Select(id => (JsonNode)id)]), ["caseName"] = "Bulk case" };

        using var response = await PostAsync(client, "/api/alerts/bulk-confirm", body);
        using var retry = await PostAsync(client, "/api/alerts/bulk-confirm", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var caseId = (await ReadJsonAsync(response)).GetProperty("caseId").GetString()!;
        Assert.Equal(caseId, (await ReadJsonAsync(retry)).GetProperty("caseId").GetString());
        Assert.Equal(ids.Order(), (await app.CaseAsync(caseId)).Alerts.Select(a => a.AlertId.Value).Order());
        foreach (var id in ids)
        {
            Assert.Equal(caseId, (await app.AlertAsync(id)).GetProperty("caseId").GetString());
        }
    }

    [Fact]
    public async Task Bulk_triage_is_all_or_nothing()
    {
        var (free, dismissed, bens) = (NewId(), NewId(), NewId());
        await app.IngestAsync(Batch(Alert(free), Alert(dismissed), Alert(bens, userId: Ben)));
        using var client = app.Analyst();
        (await PostAsync(client, $"/api/alerts/{dismissed}/dismiss", new JsonObject { ["reason"] = "NotImpactful" })).Dispose();

        using var withDismissed = await PostAsync(client, "/api/alerts/bulk-confirm", Ids(free, dismissed).With("caseName", "Mixed"));
        using var twoUsers = await PostAsync(client, "/api/alerts/bulk-confirm", Ids(free, bens).With("caseName", "Two users"));
        using var unknown = await PostAsync(client, "/api/alerts/bulk-dismiss", Ids(free, NewId()).With("reason", "NotImpactful"));
        using var repeated = await PostAsync(client, "/api/alerts/bulk-dismiss", Ids(free, free).With("reason", "NotImpactful"));

        var conflict = await ProblemAssert.IsProblemAsync(withDismissed, HttpStatusCode.Conflict);
        Assert.True(conflict.GetProperty("errors").TryGetProperty("alertIds[1]", out _));
        Assert.Contains("users", (await ProblemAssert.IsProblemAsync(twoUsers, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("alertIds")[0].GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.True((await ProblemAssert.IsProblemAsync(repeated, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("alertIds[1]", out _));
        Assert.Equal("NeedsReview", (await app.AlertAsync(free)).GetProperty("status").GetString());
        Assert.Null((await app.RowAsync(free))!.Claim);
        Assert.Equal("NeedsReview", (await app.AlertAsync(bens)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Bulk_dismiss_moves_every_alert_and_more_than_a_thousand_ids_are_refused()
    {
        var ids = new[] { NewId(), NewId() };
        await app.IngestAsync(Batch(Alert(ids[0]), Alert(ids[1], userId: Ben)));
        using var client = app.Analyst();

        using var response = await PostAsync(client, "/api/alerts/bulk-dismiss", Ids(ids).With("reason", "TooMuchActivity"));
        using var tooMany = await PostAsync(client, "/api/alerts/bulk-dismiss",
            Ids([.. Enumerable.Range(0, 1_001).Select(i => $"x{i}")]).With("reason", "TooMuchActivity"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ids, (await ReadJsonAsync(response)).GetProperty("alertIds").EnumerateArray().Select(e => e.GetString()));
        foreach (var id in ids)
        {
            Assert.Equal("Dismissed", (await app.AlertAsync(id)).GetProperty("status").GetString());
        }

        await ProblemAssert.IsProblemAsync(tooMany, HttpStatusCode.BadRequest);
    }
}
