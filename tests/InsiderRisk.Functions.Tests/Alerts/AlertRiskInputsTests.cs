using System.Text.Json.Nodes;
using InsiderRisk.Functions.Risk;
using static InsiderRisk.Functions.Tests.Alerts.AlertBuilders;
using static InsiderRisk.Functions.Tests.Alerts.AlertsApp;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>Ingestion and triage tell risk when a user's inputs change: a dismissed alert stops counting.</summary>
public sealed class AlertRiskInputsTests(AlertsApp app) : IClassFixture<AlertsApp>
{
    [Fact]
    public async Task A_new_alert_counts_toward_the_users_risk_and_stops_counting_once_dismissed()
    {
        var user = NewId("user") + "@contoso.test";
        var (kept, dismissed) = (NewId(), NewId());
        await app.IngestAsync(Batch(Alert(kept, userId: user, riskScore: 80), Alert(dismissed, userId: user, riskScore: 100)));
        var pseudonym = app.Pseudonym(user);
        var processor = app.Factory.Get<IRiskProcessor>();
        using var client = app.Analyst();

        await processor.ProcessUserAsync(pseudonym);
        var before = await GetJsonAsync(client, $"/api/users/{pseudonym.Value}/risk");
        (await PostAsync(client, $"/api/alerts/{dismissed}/dismiss", new JsonObject { ["reason"] = "ExpectedActivity" })).Dispose();
        await processor.ProcessUserAsync(pseudonym);
        var after = await GetJsonAsync(client, $"/api/users/{pseudonym.Value}/risk");

        Assert.Equal([dismissed, kept], Contributions(before));
        Assert.Equal([kept], Contributions(after));
        Assert.True(after.GetProperty("score").GetInt32() < before.GetProperty("score").GetInt32());
    }

    private static List<string> Contributions(System.Text.Json.JsonElement risk) =>
        [.. risk.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("alertId").GetString()!)];
}
