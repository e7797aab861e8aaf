using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Alerts.Projection;
using InsiderRisk.Functions.Alerts.Storage;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Storage.Cases;
using Microsoft.Extensions.DependencyInjection;
using static InsiderRisk.Functions.Tests.Alerts.AlertBuilders;
using static InsiderRisk.Functions.Tests.Alerts.AlertsApp;
using static InsiderRisk.Functions.Tests.Builders;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary>Alert statuses follow case events, and replaying a case's whole history rebuilds them.</summary>
public sealed class AlertCaseProjectionTests(AlertsApp app) : IClassFixture<AlertsApp>
{
    [Fact]
    public async Task Replaying_the_history_rebuilds_statuses_the_triage_index_and_the_open_case_index()
    {
        var user = NewId("user") + "@contoso.test";
        var ids = new[] { NewId(), NewId() };
        await app.IngestAsync(Batch(Alert(ids[0], userId: user), Alert(ids[1], userId: user)));
        using var client = app.Analyst();
        using var confirmed = await PostAsync(client, "/api/alerts/bulk-confirm", Ids(ids).With("caseName", "Replay"));
        var caseId = (await ReadJsonAsync(confirmed)).GetProperty("caseId").GetString()!;
        var resolved = await app.Cases.ExecuteAsync(new CaseCommand.Resolve(CaseClassification.Benign, "False positive.")
        {
            CaseId = new CaseId(caseId), At = DateTimeOffset.UtcNow, By = AnalystId,
        });
        Assert.True(resolved.Succeeded);
        await ForgetAsync(ids);

        var history = await HistoryAsync(caseId);
        var projection = app.Factory.Services.GetServices<ICaseProjection>().OfType<AlertCaseProjection>().Single();
        await projection.ProjectAsync(resolved.State!, history);
        await projection.ProjectAsync(resolved.State!, history);

        foreach (var id in ids)
        {
            var row = (await app.RowAsync(id))!;
            Assert.Equal((AlertStatus.Resolved, caseId, "Benign"), (row.Status, row.CaseId?.Value, row.Classification));
        }

        var index = app.Factory.Get<AlertQueueIndex>();
        var listed = await index.PageAsync(new AlertQueueFilter(Status: AlertStatus.Resolved, From: BaseTime, To: BaseTime.AddSeconds(1)), 1000);
        Assert.Equal(ids.Order(), listed.Items.Where(e => ids.Contains(e.AlertId.Value)).Select(e => e.AlertId.Value).Order());
        Assert.Null(await app.Factory.Get<OpenCaseIndex>().FindAsync(app.Pseudonym(user)));
    }

    /// <summary>As if the projection had never run: the rows back to NeedsReview, without a case.</summary>
    private async Task ForgetAsync(IEnumerable<string> ids)
    {
        var rows = app.Factory.Get<AlertRowStore>();
        foreach (var id in ids)
        {
            var state = (await app.RowAsync(id))!;
            var reset = new AlertRowChange(new Dictionary<string, object> { ["Status"] = "NeedsReview", ["CaseId"] = "", ["Classification"] = "" });
            Assert.True(await rows.TryChangeAsync(state, reset));
        }
    }

    private async Task<List<CaseEvent>> HistoryAsync(string caseId)
    {
        var events = new List<CaseEvent>();
        await foreach (var stored in app.Factory.Get<ICaseEventStore>().ReadHistoryAsync(caseId))
        {
            events.Add(CaseJson.Deserialize(stored.Type, stored.Data));
        }

        Assert.Contains(events, e => e is CaseEvent.CaseOpened);
        return events;
    }
}
