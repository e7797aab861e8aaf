using InsiderRisk.Storage.Cases;
using static InsiderRisk.Storage.Tests.Cases.Builders;

namespace InsiderRisk.Storage.Tests.Cases;

public abstract partial class CaseEventStoreContractTests
{
    [Fact]
    public async Task A_long_history_with_payloads_over_64_KiB_loads_whole()
    {
        var caseId = CaseId();
        var big = "{\"text\":\"" + string.Concat(Enumerable.Repeat("évidence 😀 ", 9000)) + "\"}";
        var version = await Store.AppendAsync(caseId, 0, [Event("CaseOpened"), Event("EvidenceAdded", big)], []);
        for (var i = 0; i < 210; i++)
        {
            version = await Store.AppendAsync(caseId, version, [Event("NoteAdded", $"{{\"n\":{i}}}")], []);
        }

        var stream = await Store.LoadAsync(caseId);
        var history = await Store.ReadHistoryAsync(caseId).ToListAsync();

        Assert.True(big.Length > 64 * 1024);
        Assert.Equal(212, stream.Version);
        Assert.Equal(Enumerable.Range(1, 212).Select(i => (long)i), stream.Events.Select(e => e.Sequence));
        Assert.Equal(big, stream.Events[1].Data);
        Assert.Equal("{\"n\":209}", stream.Events[^1].Data);
        Assert.Equal(stream.Events, history);
    }

    [Fact]
    public async Task Events_too_large_for_one_row_are_refused_before_writing()
    {
        var caseId = CaseId();
        var huge = new string('x', 500_000);

        await Contract.Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => Store.AppendAsync(caseId, 0, [Event("Huge", huge)], []));

        Assert.False((await Store.LoadAsync(caseId)).Exists);
    }

    [Fact]
    public async Task Load_gives_the_latest_snapshot_and_only_the_events_after_it()
    {
        var caseId = CaseId();
        var bigState = new string('s', 100_000);
        var version = await Store.AppendAsync(caseId, 0, Events("CaseOpened", "NoteAdded"), []);
        version = await Store.AppendAsync(caseId, version, Events("NoteAdded"), [], new CaseSnapshot(3, bigState));
        version = await Store.AppendAsync(caseId, version, Events("NoteAdded", "Escalated"), []);
        version = await Store.AppendAsync(caseId, version, Events("NoteAdded"), [], new CaseSnapshot(6, "{\"small\":true}"));
        await Store.AppendAsync(caseId, version, Events("Resolved", "TeamArchived"), []);

        var stream = await Store.LoadAsync(caseId);
        var history = await Store.ReadHistoryAsync(caseId).ToListAsync();

        Assert.Equal(8, stream.Version);
        Assert.Equal(new CaseSnapshot(6, "{\"small\":true}"), stream.Snapshot);
        Assert.Equal(new[] { 7L, 8 }, stream.Events.Select(e => e.Sequence));
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), history.Select(e => e.Sequence));
    }

    [Fact]
    public async Task A_snapshot_of_the_wrong_version_is_refused()
    {
        var caseId = CaseId();

        await Contract.Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => Store.AppendAsync(caseId, 0, Events("CaseOpened", "NoteAdded"), [], new CaseSnapshot(1, "{}")));
    }
}
