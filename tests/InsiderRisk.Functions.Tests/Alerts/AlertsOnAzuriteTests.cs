using System.Net;
using System.Text.Json.Nodes;
using InsiderRisk.Domain.Dashboard;
using InsiderRisk.Functions.Dashboard;
using InsiderRisk.Functions.Tests.Support;
using InsiderRisk.TestSupport;
using static InsiderRisk.Functions.Tests.Alerts.AlertBuilders;
using static InsiderRisk.Functions.Tests.Alerts.AlertsApp;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>The alert flow on Azurite: the Table Storage REST protocol, its transactions and paging.</summary>
public sealed class AlertsOnAzuriteTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Ingest_list_triage_and_the_backlog_behave_as_on_the_embedded_store()
    {
        using var app = AlertsApp.On(ApiFactory.OnAzurite(azurite.Server));
        var users = new[] { "zoe@contoso.test", "yan@contoso.test", "xia@contoso.test" };
        var batch = new JsonArray([.. Enumerable.Range(0, 150).Select(i =>
            (JsonNode)Alert($"az-{i:D3}", userId: users[i % 3], severity: i % 2 == 0 ? "High" : "Low", minutes: i, policy: "Azurite"))]);

        Assert.Equal(150, (await app.IngestAsync(batch)).GetProperty("accepted").GetArrayLength());
        Assert.Equal(150, (await app.IngestAsync(batch)).GetProperty("duplicates").GetArrayLength());
        Assert.Equal(new SeverityCounts(75, 0, 75), await app.Factory.Get<IAlertBacklog>().NeedsReviewAsync());

        using var client = app.Analyst();
        var firstPage = await GetJsonAsync(client, "/api/alerts?policy=azurite&severity=High&pageSize=40");
        Assert.Equal(40, firstPage.GetProperty("items").GetArrayLength());
        Assert.Equal("az-148", firstPage.GetProperty("items")[0].GetProperty("alertId").GetString());
        var token = firstPage.GetProperty("continuationToken").GetString();
        var secondPage = await GetJsonAsync(client, $"/api/alerts?policy=azurite&severity=High&pageSize=40&continuationToken={token}");
        Assert.Equal(35, secondPage.GetProperty("items").GetArrayLength());

        using var confirmed = await PostAsync(client, "/api/alerts/bulk-confirm", Ids("az-000", "az-003", "az-006").With("caseName", "Zoe"));
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        var caseId = (await ReadJsonAsync(confirmed)).GetProperty("caseId").GetString();
        using var dismissed = await PostAsync(client, "/api/alerts/az-001/dismiss", new JsonObject { ["reason"] = "TooMuchActivity" });
        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);

        Assert.Equal(new SeverityCounts(73, 0, 73), await app.Factory.Get<IAlertBacklog>().NeedsReviewAsync());
        Assert.Equal(3, (await GetJsonAsync(client, $"/api/cases/{caseId}/alerts")).GetProperty("items").GetArrayLength());
        Assert.Equal(100, (await GetJsonAsync(client, $"/api/cases/{caseId}/activities?pageSize=1000")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task An_invalid_message_is_kept_for_admins()
    {
        using var app = AlertsApp.On(ApiFactory.OnAzurite(azurite.Server));

        using var response = await app.InvokeIngestAsync(JsonValue.Create("{\"alertId\": 7}"), messageId: "az-invalid-1");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var listed = await GetJsonAsync(app.Admin(), "/api/admin/invalid-messages");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), item => item.GetProperty("messageId").GetString() == "az-invalid-1");
    }
}
