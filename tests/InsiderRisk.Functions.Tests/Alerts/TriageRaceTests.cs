using System.Net;
using System.Text.Json.Nodes;
using static InsiderRisk.Functions.Tests.Alerts.AlertBuilders;
using static InsiderRisk.Functions.Tests.Alerts.AlertsApp;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>Concurrent triage of the same alerts: one target wins, identical requests agree, nothing is half done.</summary>
public sealed class TriageRaceTests(AlertsApp app) : IClassFixture<AlertsApp>
{
    [Fact]
    public async Task Of_concurrent_confirms_into_different_new_cases_exactly_one_wins()
    {
        var id = NewId();
        await app.IngestAsync(Alert(id));

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => ConfirmAsync(id, new JsonObject { ["caseName"] = $"Race {i}" })));

        var winners = answers.Where(a => a.Status == HttpStatusCode.Created).ToList();
        Assert.Single(winners);
        Assert.All(answers.Except(winners), a => Assert.Equal(HttpStatusCode.Conflict, a.Status));
        Assert.Equal(winners[0].CaseId, (await app.AlertAsync(id)).GetProperty("caseId").GetString());
        Assert.Single((await app.CaseAsync(winners[0].CaseId!)).Alerts);
    }

    [Fact]
    public async Task Concurrent_identical_confirms_all_answer_the_one_case_they_opened()
    {
        var ids = new[] { NewId(), NewId() };
        await app.IngestAsync(Batch(Alert(ids[0]), Alert(ids[1])));
        var body = Ids(ids).With("caseName", "Same request").With("comment", "Double-clicked.");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => BulkConfirmAsync(body)));

        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var opened = answers.Where(a => a.Status == HttpStatusCode.Created).Select(a => a.CaseId).Distinct().ToList();
        var caseId = Assert.Single(opened)!;
        var state = await app.CaseAsync(caseId);
        Assert.Equal(2, state.Alerts.Length);
        Assert.Single(state.Notes);
        var (status, again) = await BulkConfirmAsync(body);
        Assert.Equal((HttpStatusCode.Created, caseId), (status, again));
    }

    [Fact]
    public async Task A_dismiss_racing_a_confirm_leaves_the_alert_in_exactly_one_state()
    {
        var id = NewId();
        await app.IngestAsync(Alert(id));
        using var client = app.Analyst();

        var confirm = ConfirmAsync(id, new JsonObject { ["caseName"] = "Confirm or dismiss" });
        var dismiss = PostAsync(client, $"/api/alerts/{id}/dismiss", new JsonObject { ["reason"] = "NotImpactful" });
        var (confirmStatus, caseId) = await confirm;
        using var dismissed = await dismiss;

        var view = await app.AlertAsync(id);
        if (confirmStatus == HttpStatusCode.Created)
        {
            Assert.Equal(HttpStatusCode.Conflict, dismissed.StatusCode);
            Assert.Equal(("Confirmed", caseId), (view.GetProperty("status").GetString(), view.GetProperty("caseId").GetString()));
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
            Assert.Equal("Dismissed", view.GetProperty("status").GetString());
        }
    }

    private async Task<(HttpStatusCode Status, string? CaseId)> ConfirmAsync(string alertId, JsonObject body)
    {
        using var client = app.Analyst();
        using var response = await PostAsync(client, $"/api/alerts/{alertId}/confirm", body);
        return await AnswerAsync(response);
    }

    private async Task<(HttpStatusCode Status, string? CaseId)> BulkConfirmAsync(JsonObject body)
    {
        using var client = app.Analyst();
        using var response = await PostAsync(client, "/api/alerts/bulk-confirm", body);
        return await AnswerAsync(response);
    }

    private static async Task<(HttpStatusCode Status, string? CaseId)> AnswerAsync(HttpResponseMessage response)
    {
        var json = await ReadJsonAsync(response);
        return (response.StatusCode, json.TryGetProperty("caseId", out var caseId) ? caseId.GetString() : null);
    }
}
