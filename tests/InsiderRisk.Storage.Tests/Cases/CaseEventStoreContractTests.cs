using InsiderRisk.Storage.Cases;
using InsiderRisk.Storage.Tables;
using InsiderRisk.Storage.Tests.Contract;
using static InsiderRisk.Storage.Tests.Cases.Builders;

namespace InsiderRisk.Storage.Tests.Cases;

/// <summary>
/// <see cref="TableCaseEventStore"/> over any table store: subclass with a factory (SQLite here,
/// Azurite in the Azure tests). Each test uses its own tables; the case store's clock is always a
/// manual one, whatever the server's.
/// </summary>
public abstract partial class CaseEventStoreContractTests : IAsyncLifetime
{
    protected ManualTimeProvider Time { get; } = new(Start);

    protected ITableStore Tables { get; private set; } = null!;

    protected CaseStoreTables Names { get; } = new(Contract.Builders.TableName("cases"), Contract.Builders.TableName("outbox"));

    protected TableCaseEventStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Tables = await CreateTableStoreAsync();
        Store = new TableCaseEventStore(Tables, Time, Names);
        await Store.CreateTablesAsync();
    }

    public Task DisposeAsync() => DisposeTableStoreAsync();

    protected abstract Task<ITableStore> CreateTableStoreAsync();

    protected virtual Task DisposeTableStoreAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_new_case_is_empty_at_version_zero()
    {
        var stream = await Store.LoadAsync(CaseId());

        Assert.False(stream.Exists);
        Assert.Equal(0, stream.Version);
        Assert.Null(stream.Snapshot);
        Assert.Empty(stream.Events);
    }

    [Fact]
    public async Task Appended_events_load_back_in_order_with_every_field()
    {
        var caseId = CaseId();
        var opened = new NewEvent("CaseOpened", "{\"name\":\"Ünïcode \\\"quoted\\\"\"}", Start.AddMinutes(1), "analyst@contoso");
        var noted = new NewEvent("NoteAdded", "{\"text\":\"<b>&</b>\"}", Start.AddMinutes(2).AddTicks(1234), "investigator@contoso");

        Assert.Equal(1, await Store.AppendAsync(caseId, 0, [opened], []));
        Assert.Equal(3, await Store.AppendAsync(caseId, 1, [noted, Event("Escalated")], []));

        var stream = await Store.LoadAsync(caseId);
        var history = await Store.ReadHistoryAsync(caseId).ToListAsync();

        Assert.Equal(3, stream.Version);
        Assert.Equal(new[] { 1L, 2, 3 }, stream.Events.Select(e => e.Sequence));
        Assert.Equal(new StoredEvent(1, opened.Type, opened.Data, opened.At, opened.By), stream.Events[0]);
        Assert.Equal(new StoredEvent(2, noted.Type, noted.Data, noted.At, noted.By), stream.Events[1]);
        Assert.Equal(stream.Events, history);
    }

    [Fact]
    public async Task An_append_at_a_stale_version_is_refused_and_changes_nothing()
    {
        var caseId = CaseId();
        await Store.AppendAsync(caseId, 0, Events("CaseOpened"), []);
        await Store.AppendAsync(caseId, 1, Events("NoteAdded"), []);

        var stale = await Assert.ThrowsAnyAsync<StorageException>(() => Store.AppendAsync(caseId, 1, Events("Lost"), [Effect(caseId, "e1")]));
        var recreate = await Assert.ThrowsAnyAsync<StorageException>(() => Store.AppendAsync(caseId, 0, Events("Lost"), []));
        var ahead = await Assert.ThrowsAnyAsync<StorageException>(() => Store.AppendAsync(caseId, 5, Events("Lost"), []));
        var missing = await Assert.ThrowsAnyAsync<StorageException>(() => Store.AppendAsync(CaseId(), 1, Events("Lost"), []));

        Assert.All([stale, recreate, ahead, missing], e => Assert.Contains(e.Kind, new[] { StorageErrorKind.PreconditionFailed, StorageErrorKind.Conflict }));
        Assert.Equal(["CaseOpened", "NoteAdded"], (await Store.ReadHistoryAsync(caseId).ToListAsync()).Select(e => e.Type));
        Assert.Empty(await Store.ListPendingAsync(caseId));
    }

    [Fact]
    public async Task Of_two_appends_at_the_same_version_exactly_one_lands()
    {
        var caseId = CaseId();
        await Store.AppendAsync(caseId, 0, Events("CaseOpened"), []);

        var results = await Task.WhenAll(
            Attempt(() => Store.AppendAsync(caseId, 1, Events("First"), [])),
            Attempt(() => Store.AppendAsync(caseId, 1, Events("Second"), [])));

        Assert.Single(results, ok => ok);
        Assert.Equal(2, (await Store.LoadAsync(caseId)).Version);
    }

    [Theory]
    [InlineData("has|pipe")]
    [InlineData("has/slash")]
    [InlineData("")]
    public async Task An_invalid_case_id_is_refused(string caseId)
    {
        await Contract.Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => Store.AppendAsync(caseId, 0, Events("CaseOpened"), []));
        await Contract.Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => Store.LoadAsync(caseId));
    }

    private static async Task<bool> Attempt(Func<Task> append)
    {
        try
        {
            await append();
            return true;
        }
        catch (StorageException e) when (e.Kind is StorageErrorKind.PreconditionFailed or StorageErrorKind.Conflict)
        {
            return false;
        }
    }
}
