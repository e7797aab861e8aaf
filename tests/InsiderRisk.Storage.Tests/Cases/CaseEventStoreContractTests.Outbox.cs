using InsiderRisk.Storage.Cases;
using InsiderRisk.Storage.Tables;
using InsiderRisk.Storage.Tests.Contract;
using static InsiderRisk.Storage.Tests.Cases.Builders;

namespace InsiderRisk.Storage.Tests.Cases;

public abstract partial class CaseEventStoreContractTests
{
    [Fact]
    public async Task Outbox_entries_are_written_with_their_events()
    {
        var caseId = CaseId();
        var timer = Start.AddHours(24);

        await Store.AppendAsync(caseId, 0, Events("CaseOpened"), [Effect(caseId, "create-team"), Effect(caseId, "review-due", timer, "ReviewDue", "{}")]);

        var pending = await Store.ListPendingAsync(caseId);
        Assert.Equal(
            [Effect(caseId, "create-team"), Effect(caseId, "review-due", timer, "ReviewDue", "{}")],
            pending.OrderBy(p => p.EffectId, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_failing_append_writes_neither_its_events_nor_its_outbox()
    {
        var caseId = CaseId();
        await Store.AppendAsync(caseId, 0, Events("CaseOpened"), [Effect(caseId, "used")]);

        await Contract.Builders.ThrowsStorage(
            StorageErrorKind.InvalidInput,
            () => Store.AppendAsync(caseId, 1, Events("NoteAdded"), [Effect(caseId, "fresh"), Effect(caseId, "used")]));

        Assert.Equal(1, (await Store.LoadAsync(caseId)).Version);
        Assert.Equal(["used"], (await Store.ListPendingAsync(caseId)).Select(p => p.EffectId));
        Assert.Equal(["used"], (await Store.ListPendingAsync(Start.AddDays(1)).ToListAsync()).Select(p => p.EffectId));
    }

    [Fact]
    public async Task Pending_entries_of_all_cases_are_listed_by_due_time_and_timers_not_early()
    {
        var (now, soon, later) = (CaseId(), CaseId(), CaseId());
        await Store.AppendAsync(now, 0, Events("CaseOpened"), [Effect(now, "notify")]);
        await Store.AppendAsync(soon, 0, Events("CaseOpened"), [Effect(soon, "review-due", Start.AddHours(2))]);
        await Store.AppendAsync(later, 0, Events("CaseOpened"), [Effect(later, "review-due", Start.AddDays(3).AddMinutes(1))]);
        Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal([now], await PendingCases(Start.AddMinutes(1)));
        Assert.Equal([now], await PendingCases(Start.AddHours(2).AddTicks(-1)));
        Assert.Equal(new[] { now, soon }.Order(StringComparer.Ordinal), await PendingCases(Start.AddHours(2)));
        Assert.Equal(new[] { now, soon, later }.Order(StringComparer.Ordinal), await PendingCases(Start.AddDays(4)));
        var timer = (await Store.ListPendingAsync(Start.AddDays(4)).ToListAsync()).Single(p => p.CaseId == soon);
        Assert.Equal(Effect(soon, "review-due", Start.AddHours(2)), timer);
    }

    [Fact]
    public async Task Marking_done_is_idempotent_and_removes_the_entry_from_both_listings()
    {
        var caseId = CaseId();
        await Store.AppendAsync(caseId, 0, Events("CaseOpened"), [Effect(caseId, "a"), Effect(caseId, "b")]);

        await Store.MarkDoneAsync(caseId, "a");
        await Store.MarkDoneAsync(caseId, "a");
        await Store.MarkDoneAsync(caseId, "never-existed");
        await Store.MarkDoneAsync(CaseId(), "a");

        Assert.Equal(["b"], (await Store.ListPendingAsync(caseId)).Select(p => p.EffectId));
        Assert.Equal(["b"], (await Store.ListPendingAsync(Start.AddDays(1)).ToListAsync()).Select(p => p.EffectId));
        Assert.Equal(1, await MarkerCount());
    }

    [Fact]
    public async Task A_marker_whose_append_lost_a_race_is_never_listed_and_is_deleted()
    {
        var caseId = CaseId();
        await Store.AppendAsync(caseId, 0, Events("CaseOpened"), []);
        var racing = new InterceptingTableStore(Tables);
        var loser = new TableCaseEventStore(racing, Time, Names);

        // The loser reads the head at version 1; just before its first batch (the markers) another
        // writer moves the case to version 2, so the loser's case batch must fail.
        racing.BeforeNextBatch = async () => await Store.AppendAsync(caseId, 1, Events("Won"), []);
        var failure = await Assert.ThrowsAnyAsync<StorageException>(() => loser.AppendAsync(caseId, 1, Events("Lost"), [Effect(caseId, "lost-effect")]));

        Assert.Equal(StorageErrorKind.PreconditionFailed, failure.Kind);
        Assert.Equal(1, await MarkerCount());
        Assert.Empty(await Store.ListPendingAsync(Start.AddDays(1)).ToListAsync());
        Assert.Equal(0, await MarkerCount());
        Assert.Equal(["CaseOpened", "Won"], (await Store.ReadHistoryAsync(caseId).ToListAsync()).Select(e => e.Type));
    }

    [Fact]
    public async Task A_marker_whose_append_may_still_be_running_is_kept_until_it_is_too_old()
    {
        var caseId = CaseId();
        await Store.AppendAsync(caseId, 0, Events("CaseOpened"), [Effect(caseId, "used")]);
        await Assert.ThrowsAnyAsync<StorageException>(() => Store.AppendAsync(caseId, 1, Events("Never"), [Effect(caseId, "orphan"), Effect(caseId, "used")]));

        Assert.Equal(["used"], (await Store.ListPendingAsync(Start.AddDays(1)).ToListAsync()).Select(p => p.EffectId));
        Assert.Equal(2, await MarkerCount());

        // The case never moved past the orphan's version, so only age proves its append failed.
        Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(["used"], (await Store.ListPendingAsync(Start.AddDays(1)).ToListAsync()).Select(p => p.EffectId));
        Assert.Equal(1, await MarkerCount());
    }

    [Fact]
    public async Task An_append_with_more_outbox_entries_than_a_batch_holds_is_refused_before_writing()
    {
        var caseId = CaseId();
        var tooMany = Enumerable.Range(0, TableCaseEventStore.MaxOutboxPerAppend + 1).Select(i => Effect(caseId, $"e{i}")).ToList();

        var refused = await Contract.Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => Store.AppendAsync(caseId, 0, Events("CaseOpened"), tooMany));
        await Store.AppendAsync(caseId, 0, Events("CaseOpened"), tooMany[..^1]);

        Assert.Contains("98", refused.Message, StringComparison.Ordinal);
        Assert.Equal(TableCaseEventStore.MaxOutboxPerAppend, (await Store.ListPendingAsync(caseId)).Count);
    }

    private async Task<List<string>> PendingCases(DateTimeOffset dueBy) =>
        (await Store.ListPendingAsync(dueBy).ToListAsync()).Select(p => p.CaseId).Distinct().Order(StringComparer.Ordinal).ToList();

    private async Task<int> MarkerCount() => (await Tables.All(Names.OutboxIndex)).Count;
}
