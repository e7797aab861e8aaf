using InsiderRisk.Storage.Sqlite;
using InsiderRisk.Storage.Tables;
using static InsiderRisk.Storage.Tests.Contract.Builders;

namespace InsiderRisk.Storage.Tests.Sqlite;

/// <summary>What the SQLite store adds to the contract: Azure's service-side limits, non-finite doubles, query edge cases.</summary>
public sealed class SqliteTableStoreTests : IDisposable
{
    private const string Table = "Things";
    private readonly SqliteDatabase database = Builders.InMemory();
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly Contract.ManualTimeProvider time = new(Start);
    private readonly SqliteTableStore store;

    public SqliteTableStoreTests()
    {
        store = new SqliteTableStore(database, time);
        store.CreateTableIfNotExistsAsync(Table).GetAwaiter().GetResult();
    }

    public void Dispose() => database.Dispose();

    /// <summary>Each entity's partition key says which limit it breaks.</summary>
    public static TheoryData<TableEntity> OverLimit =>
    [
        Entity("string over 64 KiB", "r", ("S", new string('x', (32 * 1024) + 1))),
        Entity("binary over 64 KiB", "r", ("B", new byte[(64 * 1024) + 1])),
        Entity("entity over 1 MiB", "r", Enumerable.Range(0, 17).Select(i => ($"S{i}", (object)new string('x', 32 * 1024))).ToArray()),
        Entity("253 properties", "r", Enumerable.Range(0, 253).Select(i => ($"P{i}", (object)i)).ToArray()),
        Entity("time before 1601", "r", ("T", new DateTimeOffset(1600, 12, 31, 0, 0, 0, TimeSpan.Zero))),
    ];

    [Theory]
    [MemberData(nameof(OverLimit))]
    public async Task What_Azure_would_refuse_is_refused_here_too(TableEntity entity)
    {
        await ThrowsStorage(StorageErrorKind.InvalidInput, () => store.InsertAsync(Table, entity));
        Assert.Empty(await store.All(Table));
    }

    [Fact]
    public async Task Values_at_the_limits_are_accepted()
    {
        var entity = Entity("p", "r", ("S", new string('x', 32 * 1024)), ("B", new byte[64 * 1024]));

        await store.InsertAsync(Table, entity);

        Assert.Equal(32 * 1024, (await store.GetAsync(Table, "p", "r"))!.GetString("S")!.Length);
    }

    [Fact]
    public async Task A_merge_that_would_grow_the_entity_past_1_MiB_is_refused()
    {
        await store.InsertAsync(Table, Entity("p", "r", Enumerable.Range(0, 10).Select(i => ($"S{i}", (object)new string('x', 32 * 1024))).ToArray()));

        var grow = Entity("p", "r", Enumerable.Range(10, 10).Select(i => ($"S{i}", (object)new string('x', 32 * 1024))).ToArray());

        await ThrowsStorage(StorageErrorKind.InvalidInput, () => store.ExecuteAsync(Table, TableOperation.Merge(grow)));
    }

    [Fact]
    public async Task A_batch_over_4_MiB_is_refused()
    {
        var big = Enumerable.Range(0, 5)
            .Select(i => TableOperation.Insert(Entity("p", $"r{i}", Enumerable.Range(0, 15).Select(j => ($"S{j}", (object)new string('x', 32 * 1024))).ToArray())))
            .ToList();

        await ThrowsStorage(StorageErrorKind.InvalidInput, () => store.SubmitBatchAsync(Table, big));
    }

    [Fact]
    public async Task Non_finite_doubles_round_trip_and_compare()
    {
        await store.InsertAsync(Table, Entity("p", "nan", ("D", double.NaN)));
        await store.InsertAsync(Table, Entity("p", "plus", ("D", double.PositiveInfinity)));
        await store.InsertAsync(Table, Entity("p", "minus", ("D", double.NegativeInfinity)));
        await store.InsertAsync(Table, Entity("p", "zero", ("D", -0.0)));

        Assert.True(double.IsNaN((await store.GetAsync(Table, "p", "nan"))!.GetDouble("D")!.Value));
        Assert.Equal(double.PositiveInfinity, (await store.GetAsync(Table, "p", "plus"))!.GetDouble("D"));
        Assert.Equal(double.NegativeInfinity, (await store.GetAsync(Table, "p", "minus"))!.GetDouble("D"));
        Assert.Equal(["plus"], await store.RowKeys(Table, TableFilter.Gt("D", 1e308)));
        Assert.Equal(["minus"], await store.RowKeys(Table, TableFilter.Lt("D", -1e308)));
    }

    [Fact]
    public async Task Timestamp_can_be_filtered_and_reflects_the_stores_clock()
    {
        await store.InsertAsync(Table, Entity("p", "old"));
        time.Advance(TimeSpan.FromHours(1));
        await store.InsertAsync(Table, Entity("p", "new"));

        Assert.Equal(["new"], await store.RowKeys(Table, TableFilter.Gt("Timestamp", Start.AddMinutes(30))));
        Assert.Equal(Start, (await store.GetAsync(Table, "p", "old"))!.Timestamp);
    }

    [Fact]
    public async Task Table_names_are_case_insensitive()
    {
        await store.CreateTableIfNotExistsAsync("things");
        await store.InsertAsync("THINGS", Entity("p", "r"));

        Assert.NotNull(await store.GetAsync(Table, "p", "r"));
    }

    [Fact]
    public async Task Malformed_queries_are_refused()
    {
        var sixteen = Enumerable.Range(0, 16).Select(i => TableFilter.Eq("N", i)).Aggregate((a, b) => a.Or(b));

        await ThrowsStorage(StorageErrorKind.InvalidInput, () => store.QueryPageAsync(Table, new TableQuery { Filter = sixteen }));
        await ThrowsStorage(StorageErrorKind.InvalidInput, () => store.QueryPageAsync(Table, new TableQuery { PageSize = 0 }));
        await ThrowsStorage(StorageErrorKind.InvalidInput, () => store.QueryPageAsync(Table, new TableQuery { PageSize = 1001 }));
        await ThrowsStorage(StorageErrorKind.InvalidInput, () => store.QueryPageAsync(Table, new TableQuery { ContinuationToken = "not-a-token" }));
        await ThrowsStorage(StorageErrorKind.InvalidInput, () => store.QueryPageAsync(Table, new TableQuery { Filter = TableFilter.Eq("RowKey", 5) }));
        await ThrowsStorage(StorageErrorKind.InvalidInput, () => store.QueryPageAsync(Table, new TableQuery { Filter = TableFilter.Eq("bad name", 5) }));
    }
}
