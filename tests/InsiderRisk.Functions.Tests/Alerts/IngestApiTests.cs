using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Storage.Tables;
using static InsiderRisk.Functions.Tests.Alerts.AlertBuilders;
using static InsiderRisk.Functions.Tests.Alerts.AlertsApp;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary><c>POST /api/alerts</c>: all-or-nothing validation, idempotent storage, pseudonymized views.</summary>
public sealed class IngestApiTests(AlertsApp app) : IClassFixture<AlertsApp>
{
    [Fact]
    public async Task One_alert_is_stored_and_its_view_shows_the_pseudonym_and_no_content_items()
    {
        var id = NewId();

        var answer = await app.IngestAsync(Alert(id, severity: null, riskScore: 45));

        Assert.Equal([id], answer.GetProperty("accepted").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(answer.GetProperty("duplicates").EnumerateArray());
        var view = await app.AlertAsync(id);
        Assert.Equal(app.Pseudonym(Adele).Value, view.GetProperty("user").GetString());
        Assert.DoesNotContain(Adele, view.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Medium", view.GetProperty("severity").GetString());
        Assert.Equal("NeedsReview", view.GetProperty("status").GetString());
        Assert.Equal(2, view.GetProperty("activities").GetArrayLength());
        Assert.Equal(2, view.GetProperty("contentItemCount").GetInt32());
        Assert.False(view.TryGetProperty("contentItems", out _));
    }

    [Fact]
    public async Task An_array_is_stored_whole()
    {
        var ids = new[] { NewId(), NewId(), NewId() };

        var answer = await app.IngestAsync(Batch([.. ids.Select((id, i) => Alert(id, minutes: i))]));

        Assert.Equal(ids, answer.GetProperty("accepted").EnumerateArray().Select(e => e.GetString()));
        foreach (var id in ids)
        {
            Assert.Equal(id, (await app.AlertAsync(id)).GetProperty("alertId").GetString());
        }
    }

    [Fact]
    public async Task One_invalid_item_stores_nothing_and_every_problem_is_named_by_field()
    {
        var good = NewId();
        var bad = Alert(NewId());
        bad.Remove("userId");
        bad["riskScore"] = "high";
        bad["activities"]![1]!["time"] = "yesterday";
        using var client = app.Analyst();

        using var response = await PostAsync(client, "/api/alerts", Batch(Alert(good), bad));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("[1].userId", out _));
        Assert.Equal("riskScore must be a number.", errors.GetProperty("[1].riskScore")[0].GetString());
        Assert.True(errors.TryGetProperty("[1].activities[1].time", out _));
        await GetJsonAsync(client, $"/api/alerts/{good}", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{\"alertId\": ", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("[1, 2]", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("\"an alert\"", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"alertId\":\"x\"}", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    public async Task Malformed_bodies_are_4xx_problems_never_500(string body, string mediaType, HttpStatusCode expected)
    {
        using var client = app.Analyst();
        using var content = new StringContent(body, Encoding.UTF8, mediaType);

        using var response = await client.PostAsync(new Uri("/api/alerts", UriKind.Relative), content);

        await ProblemAssert.IsProblemAsync(response, expected);
    }

    [Fact]
    public async Task A_redelivered_alert_id_is_a_duplicate_and_changes_nothing()
    {
        var id = NewId();
        await app.IngestAsync(Alert(id, title: "First title"));

        var again = await app.IngestAsync(Batch(Alert(id, userId: Ben, title: "Changed title"), Alert(NewId())));

        Assert.Equal([id], again.GetProperty("duplicates").EnumerateArray().Select(e => e.GetString()));
        Assert.Single(again.GetProperty("accepted").EnumerateArray());
        var view = await app.AlertAsync(id);
        Assert.Equal("First title", view.GetProperty("title").GetString());
        Assert.Equal(app.Pseudonym(Adele).Value, view.GetProperty("user").GetString());
    }

    [Fact]
    public async Task A_redelivery_repairs_index_rows_a_crash_left_out()
    {
        var policy = "Repair " + NewId();
        var id = NewId();
        await app.IngestAsync(Alert(id, policy: policy));
        var tables = app.Factory.Get<ITableStore>();
        var key = AlertQueueKeys.RowKey(BaseTime, new(id));
        await tables.ExecuteAsync(AlertQueueIndex.Table, TableOperation.Delete(AlertQueueKeys.AllPartition, key));
        using var client = app.Analyst();
        Assert.Equal(0, (await GetJsonAsync(client, $"/api/alerts?policy={Uri.EscapeDataString(policy)}")).GetProperty("items").GetArrayLength());

        await app.IngestAsync(Alert(id, policy: policy));

        var listed = await GetJsonAsync(client, $"/api/alerts?policy={Uri.EscapeDataString(policy)}");
        Assert.Equal(id, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("alertId").GetString());
    }

    [Fact]
    public async Task More_than_a_thousand_alerts_in_one_request_are_refused()
    {
        using var client = app.Analyst();
        var many = new JsonArray([.. Enumerable.Range(0, 1_001).Select(i => (JsonNode)Alert($"many-{i}"))]);

        using var response = await PostAsync(client, "/api/alerts", many);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("$", out _));
        await GetJsonAsync(client, "/api/alerts/many-0", HttpStatusCode.NotFound);
    }
}
