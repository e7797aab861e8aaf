using System.Text.Json;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Cases.Index;
using InsiderRisk.Storage.Cases;
using InsiderRisk.Storage.Queues;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using static InsiderRisk.Functions.Tests.Cases.CaseBuilders;

namespace InsiderRisk.Functions.Tests.Cases;

/// <summary>The command service against the app's real store: snapshots, outbox, read models, queue.</summary>
public sealed class CaseCommandPathTests(ApiWithCases api) : IClassFixture<ApiWithCases>
{
    private ICaseEventStore Store => api.Factory.Services.GetRequiredService<ICaseEventStore>();

    [Fact]
    public async Task A_long_case_loads_from_its_snapshot_to_exactly_the_state_its_history_replays_to()
    {
        var opened = await api.OpenCaseAsync();
        for (var i = 0; i < 30; i++)
        {
            await api.RunAsync(Note(opened.CaseId, $"note {i}", DateTimeOffset.UtcNow));
        }

        var stream = await Store.LoadAsync(opened.CaseId.Value);
        var history = new List<CaseEvent>();
        await foreach (var stored in Store.ReadHistoryAsync(opened.CaseId.Value))
        {
            history.Add(CaseJson.Deserialize(stored.Type, stored.Data));
        }

        Assert.NotNull(stream.Snapshot);
        Assert.True(stream.Events.Count < CaseAppend.SnapshotEvery * 2);
        Assert.Equal(CaseJson.SerializeState(CaseDecider.Replay(history)), CaseJson.SerializeState(await api.StateAsync(opened.CaseId)));
    }

    [Fact]
    public async Task Every_append_leaves_no_pending_read_model_work_once_projected()
    {
        var opened = await api.OpenCaseAsync();
        await api.RunAsync(Note(opened.CaseId, "one more", DateTimeOffset.UtcNow));

        var pending = await Store.ListPendingAsync(opened.CaseId.Value);

        Assert.DoesNotContain(pending, entry => entry.Kind == CaseReadModels.OutboxKind);
        Assert.Contains(pending, entry => entry.Kind == nameof(EffectKind.ReviewDueTimer));
    }

    [Fact]
    public async Task The_refresher_rebuilds_a_lost_index_row_from_the_history()
    {
        var opened = await api.OpenCaseAsync("Rebuilt from history");
        var tables = api.Factory.Services.GetRequiredService<ITableStore>();
        await tables.ExecuteAsync(CaseIndexKeys.Table, TableOperation.Delete("Active", CaseIndexKeys.RowKey(opened.OpenedAt, opened.CaseId)));
        using var client = api.Analyst();
        var before = await client.GetJsonAsync("/api/cases?q=rebuilt");

        await api.Factory.Services.GetRequiredService<ICaseReadModelRefresher>().RefreshAsync(opened.CaseId);

        var after = await client.GetJsonAsync("/api/cases?q=rebuilt");
        Assert.Equal(0, before.GetProperty("items").GetArrayLength());
        Assert.Equal([opened.CaseId.Value], after.GetProperty("items").Names("caseId"));
    }

    [Fact]
    public async Task Effects_go_to_the_case_effects_queue_and_timers_wait_until_due()
    {
        var opened = await api.OpenCaseAsync();
        using var client = api.Analyst();
        var accepted = await (await client.SendAsync(Post($"/api/cases/{opened.CaseId}/escalate", new { investigationName = "Queued" }))).JsonAsync();
        var queues = api.Factory.Services.GetRequiredService<IQueueStore>();

        var visible = new List<CaseEffectMessage>();
        IReadOnlyList<QueueMessage> batch;
        while ((batch = await queues.ReceiveAsync(CaseEffectQueue.QueueName, 32, TimeSpan.FromMinutes(5))).Count > 0)
        {
            visible.AddRange(batch.Select(m => JsonSerializer.Deserialize<CaseEffectMessage>(m.Text, JsonSerializerOptions.Web)!));
        }

        var mine = visible.Where(m => m.CaseId == opened.CaseId.Value).Select(m => m.EffectId).ToList();
        Assert.Contains(accepted.GetProperty("effectId").GetString(), mine);
        Assert.DoesNotContain(opened.ReviewTimerId!.Value.Value, mine);
    }

    [Fact]
    public async Task Opening_the_same_case_twice_is_a_conflict_and_the_same_request_id_a_repeat()
    {
        var caseId = NewCaseId();
        var open = Open(caseId, api.User()) with { RequestId = "open-1" };

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => api.Commands.ExecuteAsync(open)));
        var other = await api.Commands.ExecuteAsync(Open(caseId, api.User(), "Another name"));

        Assert.All(results, result => Assert.True(result.Succeeded));
        Assert.Single(results, result => result.Events.Count > 0);
        Assert.Equal("case-already-exists", other.Error?.Code);
        Assert.Equal("Exfiltration review", (await api.StateAsync(caseId)).Name);
    }

    [Fact]
    public async Task Writers_in_two_instances_racing_on_one_case_lose_nothing_and_duplicate_nothing()
    {
        var opened = await api.OpenCaseAsync();
        using var otherGate = new CaseWriteGate();
        var otherInstance = ActivatorUtilities.CreateInstance<CaseCommandService>(api.Factory.Services, otherGate);
        var instances = new[] { api.Commands, otherInstance };

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            instances[i % 2].ExecuteAsync(Note(opened.CaseId, $"from instance {i % 2}: {i}", DateTimeOffset.UtcNow) with { RequestId = $"race-{i}" })));
        var repeats = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            instances[(i + 1) % 2].ExecuteAsync(Note(opened.CaseId, $"from instance {i % 2}: {i}", DateTimeOffset.UtcNow) with { RequestId = $"race-{i}" })));

        Assert.All(results, result => Assert.True(result.Succeeded, result.Error?.Message));
        Assert.All(repeats, result => Assert.Empty(result.Events));
        var notes = (await api.StateAsync(opened.CaseId)).Notes;
        Assert.Equal(16, notes.Length);
        Assert.Equal(16, notes.Select(n => n.Text).Distinct().Count());
    }

    [Fact]
    public async Task A_case_id_the_store_cannot_key_is_refused_without_touching_it()
    {
        var result = await api.Commands.ExecuteAsync(Open(new Domain.CaseId("a|b"), api.User()));

        Assert.Equal("case-id-invalid", result.Error?.Code);
        Assert.Null(await api.Commands.LoadAsync(new Domain.CaseId("a|b")));
    }
}
