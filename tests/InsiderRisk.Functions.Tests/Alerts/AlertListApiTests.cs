using System.Net;
using System.Text.Json;
using static InsiderRisk.Functions.Tests.Alerts.AlertBuilders;
using static InsiderRisk.Functions.Tests.Alerts.AlertsApp;

namespace InsiderRisk.Functions.Tests.Alerts;

/// <summary><c>GET /api/alerts</c>: status, severity, policy, detected between, text, paging; bad filters are 400.</summary>
public sealed class AlertListApiTests(AlertsApp app) : IClassFixture<AlertsApp>
{
    [Fact]
    public async Task Each_filter_narrows_the_list_newest_first()
    {
        var policy = "List " + NewId();
        var (old, mid, recent) = (NewId("old"), NewId("mid"), NewId("new"));
        await app.IngestAsync(Batch(
            Alert(old, policy: policy, severity: "Low", minutes: 0, title: "USB copy"),
            Alert(mid, policy: policy, severity: "High", minutes: 10, title: "Mail forwarded OUTSIDE"),
            Alert(recent, policy: policy, severity: "High", minutes: 20, title: "Print job")));
        var p = Uri.EscapeDataString(policy.ToUpperInvariant());

        Assert.Equal([recent, mid, old], await IdsAsync($"policy={p}"));
        Assert.Equal([recent, mid], await IdsAsync($"policy={p}&severity=high"));
        Assert.Equal([mid], await IdsAsync($"policy={p}&q=outside"));
        Assert.Equal([mid, old], await IdsAsync($"policy={p}&from={Iso(BaseTime)}&to={Iso(BaseTime.AddMinutes(20))}"));
        Assert.Equal([recent, mid, old], await IdsAsync($"policy={p}&status=NeedsReview"));
        Assert.Empty(await IdsAsync($"policy={p}&status=Dismissed"));
    }

    [Fact]
    public async Task Pages_follow_the_continuation_token_to_the_end()
    {
        var policy = "Paging " + NewId();
        var ids = Enumerable.Range(0, 5).Select(i => NewId($"p{i}")).ToList();
        await app.IngestAsync(Batch([.. ids.Select((id, i) => Alert(id, policy: policy, minutes: i))]));
        using var client = app.Analyst();

        var first = await GetJsonAsync(client, $"/api/alerts?policy={Uri.EscapeDataString(policy)}&pageSize=2");
        var token = first.GetProperty("continuationToken").GetString();

        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.NotNull(token);
        var all = await IdsAsync($"policy={Uri.EscapeDataString(policy)}&pageSize=2");
        Assert.Equal(Enumerable.Reverse(ids), all);
    }

    [Theory]
    [InlineData("status=Open", "status")]
    [InlineData("severity=2", "severity")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=1001", "pageSize")]
    [InlineData("continuationToken=bm90LW91cnM", "continuationToken")]
    public async Task A_bad_filter_is_a_400_naming_the_field(string query, string field)
    {
        using var client = app.Analyst();

        using var response = await client.GetAsync(new Uri("/api/alerts?" + query, UriKind.Relative));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task An_unknown_alert_is_404()
    {
        using var client = app.Analyst();

        using var response = await client.GetAsync(new Uri($"/api/alerts/{NewId()}", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    private async Task<List<string>> IdsAsync(string query)
    {
        using var client = app.Analyst();
        var ids = new List<string>();
        string? token = null;
        do
        {
            var page = await GetJsonAsync(client, "/api/alerts?" + query + (token is null ? "" : "&continuationToken=" + token));
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("alertId").GetString()!));
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);

        return ids;
    }
}
