using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Tests.Contract;

/// <summary>
/// What every <see cref="ITableStore"/> must do, whatever is behind it. Subclass once per store
/// (SQLite here; Azurite in the Azure tests). Each test gets its own table, so tests may share a server.
/// </summary>
public abstract partial class TableStoreContractTests : IAsyncLifetime
{
    protected ITableStore Store { get; private set; } = null!;

    protected string Table { get; } = Builders.TableName();

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await Store.CreateTableIfNotExistsAsync(Table);
    }

    public Task DisposeAsync() => DisposeStoreAsync();

    protected abstract Task<ITableStore> CreateStoreAsync();

    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;

    /// <summary>
    /// Whether one property name may hold values of different types across entities and still be
    /// filtered by type. Azure and SQLite do; Azurite 3.37 answers 500 to such a query, so its
    /// subclass checks only the single-type case.
    /// </summary>
    protected virtual bool FiltersMixedTypes => true;

    [Fact]
    public async Task Creating_an_existing_table_again_is_harmless()
    {
        await Store.InsertAsync(Table, Builders.Entity("p", "r"));

        await Store.CreateTableIfNotExistsAsync(Table);

        Assert.NotNull(await Store.GetAsync(Table, "p", "r"));
    }

    [Theory]
    [InlineData("1abc")]
    [InlineData("ab")]
    [InlineData("has-hyphen")]
    public async Task An_invalid_table_name_is_rejected(string name)
    {
        await Builders.ThrowsStorage(StorageErrorKind.InvalidInput, () => Store.CreateTableIfNotExistsAsync(name));
    }

    [Fact]
    public async Task A_table_never_created_answers_NotFound_to_reads_and_writes()
    {
        var missing = Builders.TableName("missing");

        await Builders.ThrowsStorage(StorageErrorKind.NotFound, () => Store.InsertAsync(missing, Builders.Entity("p", "r")));
        await Builders.ThrowsStorage(StorageErrorKind.NotFound, () => Store.GetAsync(missing, "p", "r"));
        await Builders.ThrowsStorage(StorageErrorKind.NotFound, () => Store.QueryPageAsync(missing, new TableQuery()));
        await Builders.ThrowsStorage(StorageErrorKind.NotFound, () => Store.SubmitBatchAsync(missing, [TableOperation.Insert(Builders.Entity("p", "r"))]));
    }
}
