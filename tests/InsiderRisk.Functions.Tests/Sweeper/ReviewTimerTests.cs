using System.Net;
using InsiderRisk.Domain;
using InsiderRisk.Functions.Effects;
using InsiderRisk.Functions.Telemetry;
using InsiderRisk.Functions.Tests.Effects;
using InsiderRisk.Integrations.Sinks;

namespace InsiderRisk.Functions.Tests.Sweeper;

public sealed class ReviewTimerTests
{
    [Fact]
    public async Task Given_a_High_case_When_24_hours_pass_with_no_action_Then_it_is_Overdue_and_its_contributors_get_a_reminder()
    {
        using var api = new EffectsApi();
        var caseId = await api.OpenCaseAsync("High");
        Assert.Equal(0, await api.DeliverEffectsAsync());

        api.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await api.DeliverEffectsAsync());
        Assert.False((await api.CaseAsync(caseId)).GetProperty("overdue").GetBoolean());

        api.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, await api.DeliverEffectsAsync());

        Assert.True((await api.CaseAsync(caseId)).GetProperty("overdue").GetBoolean());
        var reminder = Assert.Single((await api.EffectsAsync(caseId)).OfKind("SendReminder"));
        Assert.Equal("Succeeded", reminder.Text("status"));
        var email = Assert.Single(await api.Get<ISentMessageReader>().ListAsync(new CaseId(caseId)));
        Assert.Contains(EffectBuilders.AnalystId, email.To);
    }

    [Fact]
    public async Task Given_an_Overdue_case_When_someone_adds_a_note_Then_it_is_no_longer_Overdue_and_the_next_review_is_due_later()
    {
        using var api = new EffectsApi();
        var caseId = await api.OpenCaseAsync("High");
        api.Clock.Advance(TimeSpan.FromHours(25));
        await api.DeliverEffectsAsync();
        Assert.True((await api.CaseAsync(caseId)).GetProperty("overdue").GetBoolean());

        using var client = api.Analyst();
        await client.SendJsonAsync(EffectBuilders.Post($"/api/cases/{caseId}/notes", new { text = "Called the manager." }), HttpStatusCode.Created);

        var overview = await api.CaseAsync(caseId);
        Assert.False(overview.GetProperty("overdue").GetBoolean());
        Assert.Equal(api.Clock.GetUtcNow().AddHours(24), overview.GetProperty("dueAt").GetDateTimeOffset());
        api.Clock.Advance(TimeSpan.FromHours(23));
        await api.DeliverEffectsAsync();
        Assert.False((await api.CaseAsync(caseId)).GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Given_an_action_before_the_due_time_When_the_old_timer_comes_Then_nothing_happens()
    {
        using var api = new EffectsApi();
        var caseId = await api.OpenCaseAsync("High");
        api.Clock.Advance(TimeSpan.FromHours(20));
        using var client = api.Analyst();
        await client.SendJsonAsync(EffectBuilders.Post($"/api/cases/{caseId}/notes", new { text = "Reviewed the files." }), HttpStatusCode.Created);

        api.Clock.Advance(TimeSpan.FromHours(5));
        await api.DeliverEffectsAsync();
        await api.SweepAsync();
        await api.DeliverEffectsAsync();

        Assert.False((await api.CaseAsync(caseId)).GetProperty("overdue").GetBoolean());
        Assert.Empty((await api.EffectsAsync(caseId)).OfKind("SendReminder"));
    }

    [Fact]
    public async Task Given_a_timer_message_that_comes_early_When_delivered_Then_it_waits_for_its_time()
    {
        using var api = new EffectsApi();
        var caseId = await api.OpenCaseAsync("High");
        var timer = Assert.Single((await api.EffectsAsync(caseId)).OfKind("ReviewDueTimer"));
        await api.Get<CaseEffectScheduler>().ScheduleAsync(new CaseId(caseId), new EffectId(timer.Text("effectId")), null, CancellationToken.None);

        Assert.Equal(1, await api.DeliverEffectsAsync());
        Assert.False((await api.CaseAsync(caseId)).GetProperty("overdue").GetBoolean());

        api.Clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(3, await api.DeliverEffectsAsync());
        Assert.True((await api.CaseAsync(caseId)).GetProperty("overdue").GetBoolean());
        Assert.Single((await api.EffectsAsync(caseId)).OfKind("SendReminder"));
    }

    [Fact]
    public async Task Given_a_due_timer_When_the_app_restarts_on_the_same_data_Then_the_sweeper_fires_it_once()
    {
        var directory = Path.Combine(Path.GetTempPath(), "insiderrisk-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["InsiderRisk:DataDirectory"] = directory };
        string caseId;
        using (var before = new EffectsApi(settings: settings))
        {
            caseId = await before.OpenCaseAsync("High");
        }

        using (var after = new EffectsApi(settings: settings))
        {
            after.Clock.Advance(TimeSpan.FromHours(25));
            await after.SweepAsync();
            await after.DeliverEffectsAsync();

            Assert.True((await after.CaseAsync(caseId)).GetProperty("overdue").GetBoolean());
            Assert.Single((await after.EffectsAsync(caseId)).OfKind("SendReminder"));
            Assert.Single(after.Telemetry.Named(TelemetryEvent.CaseEffectCompleted));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
