using System.Text.Json.Nodes;
using InsiderRisk.Domain.Dashboard;
using InsiderRisk.Functions.Dashboard;
using static InsiderRisk.Functions.Tests.Alerts.AlertBuilders;
using static InsiderRisk.Functions.Tests.Alerts.AlertsApp;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>The dashboard's backlog, each test on an app of its own so no other test's alerts count.</summary>
public sealed class BacklogTests
{
    [Fact]
    public async Task The_backlog_counts_alerts_needing_review_by_severity_and_not_duplicates()
    {
        using var app = new AlertsApp();
        await app.IngestAsync(Batch(Alert(NewId(), severity: "High"), Alert(NewId(), severity: "High"), Alert(NewId(), severity: "Low")));
        var medium = NewId();
        await app.IngestAsync(Alert(medium, severity: "Medium"));
        await app.IngestAsync(Alert(medium, severity: "Medium"));

        Assert.Equal(new SeverityCounts(2, 1, 1), await app.Factory.Get<IAlertBacklog>().NeedsReviewAsync());
    }

    [Fact]
    public async Task Confirmed_and_dismissed_alerts_leave_the_backlog()
    {
        using var app = new AlertsApp();
        var (high, medium, low) = (NewId(), NewId(), NewId());
        await app.IngestAsync(Batch(Alert(high, severity: "High"), Alert(medium, severity: "Medium"), Alert(low, severity: "Low")));
        using var client = app.Analyst();

        (await PostAsync(client, $"/api/alerts/{high}/confirm", new JsonObject { ["caseName"] = "High one" })).Dispose();
        (await PostAsync(client, $"/api/alerts/{low}/dismiss", new JsonObject { ["reason"] = "NotImpactful" })).Dispose();
        (await PostAsync(client, $"/api/alerts/{low}/dismiss", new JsonObject { ["reason"] = "NotImpactful" })).Dispose();

        Assert.Equal(new SeverityCounts(0, 1, 0), await app.Factory.Get<IAlertBacklog>().NeedsReviewAsync());
    }

    [Fact]
    public async Task A_full_delivery_of_a_thousand_alerts_is_stored_listed_and_counted()
    {
        using var app = new AlertsApp();
        var severities = new[] { "High", "Medium", "Low", "Low" };
        var batch = new JsonArray([.. Enumerable.Range(0, 1_000).Select(i =>
            (JsonNode)Alert($"full-{i:D4}", userId: $"user{i % 40}@contoso.test", severity: severities[i % 4], minutes: i))]);

        var answer = await app.IngestAsync(batch);

        Assert.Equal(1_000, answer.GetProperty("accepted").GetArrayLength());
        Assert.Equal(new SeverityCounts(250, 250, 500), await app.Factory.Get<IAlertBacklog>().NeedsReviewAsync());
        using var client = app.Analyst();
        var page = await GetJsonAsync(client, "/api/alerts?status=NeedsReview&severity=High&pageSize=1000");
        Assert.Equal(250, page.GetProperty("items").GetArrayLength());
        Assert.Equal("full-0996", page.GetProperty("items")[0].GetProperty("alertId").GetString());
    }
}
