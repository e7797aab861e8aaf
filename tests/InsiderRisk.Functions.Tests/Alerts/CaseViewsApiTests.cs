using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Platform.Audit;
using static InsiderRisk.Functions.Tests.Alerts.AlertBuilders;
using static InsiderRisk.Functions.Tests.Alerts.AlertsApp;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>A case's alerts, its user's timeline and its content items (Investigators only, audited).</summary>
public sealed class CaseViewsApiTests(AlertsApp app) : IClassFixture<AlertsApp>
{
    [Fact]
    public async Task The_case_lists_only_its_own_alerts_filtered_and_paged()
    {
        var (caseId, attached, _) = await CaseWithAlertsAsync();
        using var client = app.Analyst();

        Assert.Equal([attached[1], attached[0]], await ItemsAsync(client, $"/api/cases/{caseId}/alerts?pageSize=1", "alertId"));
        Assert.Equal([attached[0]], await ItemsAsync(client, $"/api/cases/{caseId}/alerts?severity=Low", "alertId"));
        Assert.Equal([attached[1]], await ItemsAsync(client, $"/api/cases/{caseId}/alerts?q=PRINT&status=Confirmed", "alertId"));
        Assert.Empty(await ItemsAsync(client, $"/api/cases/{caseId}/alerts?status=NeedsReview", "alertId"));
        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/cases/{caseId}/alerts?from=soon", UriKind.Relative)), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("from", out _));
    }

    [Fact]
    public async Task The_timeline_holds_every_activity_of_the_user_oldest_first_within_the_filters()
    {
        var (caseId, attached, loose) = await CaseWithAlertsAsync();
        using var client = app.Analyst();

        var all = await ItemsAsync(client, $"/api/cases/{caseId}/activities?pageSize=2", "alertId");
        var strong = await ItemsAsync(client, $"/api/cases/{caseId}/activities?minRiskScore=61", "alertId");
        var window = await ItemsAsync(client, $"/api/cases/{caseId}/activities?from={Iso(BaseTime.AddMinutes(8))}&to={Iso(BaseTime.AddMinutes(10))}", "alertId");

        Assert.Equal([attached[0], attached[0], attached[1], attached[1], loose, loose], all);
        Assert.Equal([attached[0], attached[1], loose], strong);
        Assert.Equal([attached[1], attached[1]], window);
    }

    [Fact]
    public async Task Content_items_are_for_investigators_only_and_each_read_is_audited()
    {
        var (caseId, attached, _) = await CaseWithAlertsAsync();
        using var investigator = app.Investigator();
        using var analyst = app.Analyst();

        var files = await ItemsAsync(investigator, $"/api/cases/{caseId}/content?kind=File", "id");
        var search = await ItemsAsync(investigator, $"/api/cases/{caseId}/content?q=confidential&source=sharepoint&pageSize=1", "alertId");
        using var denied = await analyst.GetAsync(new Uri($"/api/cases/{caseId}/content", UriKind.Relative));

        Assert.Equal([attached[1] + "-f1", attached[0] + "-f1"], files);
        Assert.Equal([attached[1], attached[0]], search);
        await ProblemAssert.IsProblemAsync(denied, HttpStatusCode.Forbidden);
        var audit = await app.Factory.Get<IAuditLog>().QueryAsync(new AuditQuery(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1), Action: "case.content.view", PageSize: 1000));
        var entries = audit.Items.Where(e => e.Target == caseId).ToList();
        Assert.Contains(entries, e => e.Actor == InvestigatorId && e.Outcome == AuditOutcome.Succeeded);
        Assert.Contains(entries, e => e.Actor == AnalystId && e.Outcome == AuditOutcome.Denied);
    }

    [Fact]
    public async Task A_contributor_sees_their_own_cases_alerts_but_not_its_content_and_an_unknown_case_is_404_only_to_those_who_could_see_it()
    {
        var (caseId, _, _) = await CaseWithAlertsAsync();
        var added = await app.Cases.ExecuteAsync(new CaseCommand.AddContributor("cora@contoso.test") { CaseId = new CaseId(caseId), At = DateTimeOffset.UtcNow, By = AnalystId });
        Assert.True(added.Succeeded);
        using var contributor = app.Factory.ClientAs("cora@contoso.test");
        using var outsider = app.Factory.ClientAs("otto@contoso.test");
        using var auditor = app.Factory.ClientAs(AuditorId, Role.Auditor);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(contributor, $"/api/cases/{caseId}/alerts"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(contributor, $"/api/cases/{caseId}/activities"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(contributor, $"/api/cases/{caseId}/content"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(outsider, $"/api/cases/{caseId}/alerts"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(app.Analyst(), "/api/cases/IR-20260101-NOCASE/alerts"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(app.Investigator(), "/api/cases/IR-20260101-NOCASE/content"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(app.Analyst(), "/api/cases/IR-20260101-NOCASE/content"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(auditor, "/api/cases/IR-20260101-NOCASE/activities"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(contributor, "/api/cases/IR-20260101-NOCASE/alerts"));
    }

    /// <summary>A user with three alerts: the first two (Low at +0 min, High "Print job" at +10) in a case, the third (+20) not.</summary>
    private async Task<(string CaseId, string[] Attached, string Loose)> CaseWithAlertsAsync()
    {
        var user = NewId("user") + "@contoso.test";
        var attached = new[] { NewId(), NewId() };
        var loose = NewId();
        await app.IngestAsync(Batch(
            Alert(attached[0], userId: user, severity: "Low", minutes: 0),
            Alert(attached[1], userId: user, severity: "High", minutes: 10, title: "Print job"),
            Alert(loose, userId: user, minutes: 20)));
        using var client = app.Analyst();
        using var response = await PostAsync(client, "/api/alerts/bulk-confirm", Ids(attached).With("caseName", "Views"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await ReadJsonAsync(response)).GetProperty("caseId").GetString()!, attached, loose);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    private static async Task<List<string>> ItemsAsync(HttpClient client, string path, string property)
    {
        var values = new List<string>();
        string? token = null;
        do
        {
            var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            var page = await GetJsonAsync(client, path + (token is null ? "" : separator + "continuationToken=" + token));
            values.AddRange(page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty(property).GetString()!));
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);

        return values;
    }
}
