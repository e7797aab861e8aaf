using InsiderRisk.Domain;
using InsiderRisk.Storage.Alerts;
using InsiderRisk.Storage.Tables;
using InsiderRisk.Storage.Tests.Contract;
using static InsiderRisk.Storage.Tests.Alerts.Builders;

namespace InsiderRisk.Storage.Tests.Alerts;

/// <summary><see cref="AlertStore"/> over any table store; subclass with a factory. Each test uses its own tables.</summary>
public abstract class AlertStoreContractTests : IAsyncLifetime
{
    private readonly AlertStoreTables names = new(Contract.Builders.TableName("alerts"), Contract.Builders.TableName("useralerts"));

    private ITableStore tables = null!;

    private AlertStore store = null!;

    public async Task InitializeAsync()
    {
        tables = await CreateTableStoreAsync();
        store = new AlertStore(tables, names);
        await store.CreateTablesAsync();
    }

    public Task DisposeAsync() => DisposeTableStoreAsync();

    protected abstract Task<ITableStore> CreateTableStoreAsync();

    protected virtual Task DisposeTableStoreAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_new_alert_is_inserted_and_reads_back_whole()
    {
        var alert = Alert(data: "{\"text\":\"" + new string('x', 70_000) + "\"}");

        Assert.Equal(AlertInsertResult.Inserted, await store.InsertAsync(alert));

        Assert.Equal(alert, await store.GetAsync(alert.AlertId));
        Assert.Equal([alert], await store.ListByUserAsync(alert.UserKey).ToListAsync());
    }

    [Fact]
    public async Task An_unknown_alert_reads_as_null()
    {
        Assert.Null(await store.GetAsync(new AlertId("never-seen")));
    }

    [Fact]
    public async Task The_same_alert_twice_is_a_duplicate_and_changes_nothing()
    {
        var alert = Alert();
        await store.InsertAsync(alert);

        var again = await store.InsertAsync(alert with { Policy = "Changed", Data = "{}" });

        Assert.Equal(AlertInsertResult.Duplicate, again);
        Assert.Equal(alert, await store.GetAsync(alert.AlertId));
        Assert.Single(await tables.All(names.Alerts));
        Assert.Single(await tables.All(names.UserAlerts));
    }

    [Fact]
    public async Task The_same_alert_id_for_another_user_is_a_duplicate_and_indexes_nobody_new()
    {
        var alert = Alert(user: "User-AAAAAA");
        await store.InsertAsync(alert);

        var again = await store.InsertAsync(alert with { UserKey = new UserPseudonym("User-BBBBBB") });

        Assert.Equal(AlertInsertResult.Duplicate, again);
        Assert.Equal(alert.UserKey, (await store.GetAsync(alert.AlertId))!.UserKey);
        Assert.Empty(await store.ListByUserAsync(new UserPseudonym("User-BBBBBB")).ToListAsync());
        Assert.Equal([alert], await store.ListByUserAsync(alert.UserKey).ToListAsync());
    }

    [Fact]
    public async Task A_redelivery_repairs_a_missing_user_index_row()
    {
        var alert = Alert();
        await store.InsertAsync(alert);
        await tables.ExecuteAsync(names.UserAlerts, TableOperation.Delete(alert.UserKey.Value, alert.AlertId.Value));
        Assert.Empty(await store.ListByUserAsync(alert.UserKey).ToListAsync());

        Assert.Equal(AlertInsertResult.Duplicate, await store.InsertAsync(alert));

        Assert.Equal([alert], await store.ListByUserAsync(alert.UserKey).ToListAsync());
    }

    [Fact]
    public async Task A_user_lists_only_their_own_alerts()
    {
        var mine = new[] { Alert("a-1", "User-MINE01"), Alert("a-2", "User-MINE01"), Alert("a-3", "User-MINE01") };
        foreach (var alert in mine.Append(Alert("b-1", "User-OTHER1")))
        {
            await store.InsertAsync(alert);
        }

        Assert.Equal(mine, await store.ListByUserAsync(new UserPseudonym("User-MINE01")).ToListAsync());
    }

    [Fact]
    public async Task Parallel_deliveries_of_one_alert_insert_it_exactly_once()
    {
        var alert = Alert();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => store.InsertAsync(alert))));

        Assert.Single(results, r => r == AlertInsertResult.Inserted);
        Assert.Equal(9, results.Count(r => r == AlertInsertResult.Duplicate));
        Assert.Single(await tables.All(names.Alerts));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has/slash")]
    public async Task An_alert_id_that_cannot_be_a_key_is_refused(string alertId)
    {
        await Contract.Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => store.InsertAsync(Alert(alertId)));
    }
}
