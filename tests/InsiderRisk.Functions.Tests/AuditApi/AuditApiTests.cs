using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Functions.Tests.Admin;
using InsiderRisk.Functions.Tests.Support;

namespace InsiderRisk.Functions.Tests.AuditApi;

public sealed class AuditApiTests : IClassFixture<AdminFixture>, IAsyncLifetime
{
    private readonly ApiFactory _app;

    public AuditApiTests(AdminFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _app = fixture.App;
    }

    public async Task InitializeAsync()
    {
        var log = _app.Get<IAuditLog>();
        if ((await log.QueryAsync(new AuditQuery(Builders.Day, Builders.Day.AddDays(3)))).Items.Count > 0)
        {
            return;
        }

        await log.WriteAsync(Builders.Entry(1, "ana@contoso.test", "case.note.add"));
        await log.WriteAsync(Builders.Entry(2, "ana@contoso.test", "alert.confirm", "alert-9"));
        await log.WriteAsync(Builders.Entry(3, "ivan@contoso.test", "case.note.add", "case-2"));
        await log.WriteAsync(Builders.Entry(26, "ivan@contoso.test", "user.reveal", "User-0000000001"));
        await log.WriteAsync(Builders.Entry(50, "ana@contoso.test", "case.note.add", "case-3"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("", 5)]
    [InlineData("&actor=ana@contoso.test", 3)]
    [InlineData("&action=case.note.add", 3)]
    [InlineData("&actor=ivan@contoso.test&action=case.note.add", 1)]
    public async Task Auditors_read_entries_in_time_order_filtered_by_actor_and_action(string filters, int expected)
    {
        using var auditor = _app.ClientAs(Builders.Auditor, Role.Auditor);

        var page = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?from={Builders.Iso(Builders.Day)}&to={Builders.Iso(Builders.Day.AddDays(3))}{filters}");
        var items = page.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(expected, items.Count);
        Assert.Equal(items.Select(i => i.GetProperty("at").GetDateTimeOffset()).Order(), items.Select(i => i.GetProperty("at").GetDateTimeOffset()));
        Assert.All(items, i => Assert.Equal("Succeeded", i.GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task From_is_inclusive_to_is_exclusive()
    {
        using var auditor = _app.ClientAs(Builders.Auditor, Role.Auditor);

        var page = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?from={Builders.Iso(Builders.Day.AddHours(2))}&to={Builders.Iso(Builders.Day.AddHours(26))}");

        Assert.Equal(["alert.confirm", "case.note.add"], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Pages_follow_their_continuation_tokens_to_every_entry()
    {
        using var auditor = _app.ClientAs(Builders.Auditor, Role.Auditor);
        var seen = new List<string>();
        string? token = null;
        do
        {
            var query = $"/api/audit?from={Builders.Iso(Builders.Day)}&to={Builders.Iso(Builders.Day.AddDays(3))}&pageSize=2"
                + (token is null ? "" : $"&continuationToken={Uri.EscapeDataString(token)}");
            var page = await auditor.GetFromJsonAsync<JsonElement>(query);
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.True(items.Count <= 2);
            seen.AddRange(items.Select(i => i.GetProperty("target").GetString()!));
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);

        Assert.Equal(["case-1", "alert-9", "case-2", "User-0000000001", "case-3"], seen);
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-45", "to")]
    [InlineData("from=2026-02-12T00:00:00Z&to=2026-02-11T00:00:00Z", "from")]
    [InlineData("from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from")]
    [InlineData("pageSize=1001", "pageSize")]
    [InlineData("continuationToken=not-ours", "continuationToken")]
    public async Task Malformed_queries_are_400_by_field(string query, string field)
    {
        using var auditor = _app.ClientAs(Builders.Auditor, Role.Auditor);

        using var response = await auditor.GetAsync($"/api/audit?{query}");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task Only_Auditors_read_the_log_and_every_read_and_denial_is_itself_audited()
    {
        using var anonymous = _app.Anonymous();
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync("/api/audit"), HttpStatusCode.Unauthorized);
        foreach (var role in new[] { Role.Admin, Role.Analyst, Role.Investigator })
        {
            using var client = _app.ClientAs($"{role}@contoso.test", role);
            await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/audit"), HttpStatusCode.Forbidden);
        }

        using var auditor = _app.ClientAs("second.auditor@contoso.test", Role.Auditor);
        (await auditor.GetAsync("/api/audit")).EnsureSuccessStatusCode();
        var now = DateTimeOffset.UtcNow;
        var reads = await _app.Get<IAuditLog>().QueryAsync(new AuditQuery(now.AddHours(-1), now.AddHours(1), Action: InsiderRisk.Functions.AuditApi.AuditApi.ReadAction));

        Assert.Equal(3, reads.Items.Count(e => e.Outcome == AuditOutcome.Denied && e.Actor.EndsWith("@contoso.test", StringComparison.Ordinal)));
        Assert.Contains(reads.Items, e => e.Outcome == AuditOutcome.Succeeded && e.Actor == "second.auditor@contoso.test");
    }
}
