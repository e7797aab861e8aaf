using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Tests.Contract;

public abstract partial class TableStoreContractTests
{
    private static readonly DateTimeOffset Day = new(2026, 1, 10, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Per type: three ascending values for rows "r1" &lt; "r2" &lt; "r3"; row "r4" lacks every property.</summary>
    public static TheoryData<string, object[]> Ladders => new()
    {
        { "Str", new object[] { "apple", "banana", "cherry" } },
        { "Int", new object[] { -5, 20, 300 } },
        { "Long", new object[] { -(1L << 60), (1L << 53) + 1, (1L << 53) + 2 } },
        { "Dbl", new object[] { -0.5, 2.0, 2.25 } },
        { "Time", new object[] { Day, Day.AddMilliseconds(1), Day.AddDays(400) } },
    };

    public static TheoryData<string, object, object> Equalities => new()
    {
        { "Flag", true, false },
        { "Id", Guid.Parse("11111111-2222-3333-4444-555555555555"), Guid.Parse("aaaaaaaa-2222-3333-4444-555555555555") },
        { "Blob", new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 4 } },
    };

    [Theory]
    [MemberData(nameof(Ladders))]
    public async Task Every_comparison_operator_works_on_every_ordered_type(string name, object[] values)
    {
        await SeedLadder(name, values);
        var middle = values[1];

        Assert.Equal(["r2"], await Store.RowKeys(Table, TableFilter.Eq(name, middle)));
        Assert.Equal(["r1", "r3"], await Store.RowKeys(Table, TableFilter.Ne(name, middle)));
        Assert.Equal(["r3"], await Store.RowKeys(Table, TableFilter.Gt(name, middle)));
        Assert.Equal(["r2", "r3"], await Store.RowKeys(Table, TableFilter.Ge(name, middle)));
        Assert.Equal(["r1"], await Store.RowKeys(Table, TableFilter.Lt(name, middle)));
        Assert.Equal(["r1", "r2"], await Store.RowKeys(Table, TableFilter.Le(name, middle)));
    }

    [Theory]
    [MemberData(nameof(Equalities))]
    public async Task Equality_works_on_booleans_guids_and_binary(string name, object first, object second)
    {
        await SeedLadder(name, [first, second, first]);

        Assert.Equal(["r1", "r3"], await Store.RowKeys(Table, TableFilter.Eq(name, first)));
        Assert.Equal(["r2"], await Store.RowKeys(Table, TableFilter.Ne(name, first)));
    }

    [Fact]
    public async Task A_comparison_matches_only_a_property_of_the_same_type()
    {
        await Store.InsertAsync(Table, Builders.Entity("p", "int", ("V", 20)));
        Assert.Equal(["int"], await Store.RowKeys(Table, TableFilter.Eq("V", 20)));
        Assert.Empty(await Store.RowKeys(Table, TableFilter.Eq("Missing", 20)));
        if (!FiltersMixedTypes)
        {
            return;
        }

        await Store.InsertAsync(Table, Builders.Entity("p", "long", ("V", 20L)));
        await Store.InsertAsync(Table, Builders.Entity("p", "text", ("V", "20")));

        Assert.Equal(["int"], await Store.RowKeys(Table, TableFilter.Eq("V", 20)));
        Assert.Equal(["long"], await Store.RowKeys(Table, TableFilter.Eq("V", 20L)));
        Assert.Equal(["text"], await Store.RowKeys(Table, TableFilter.Eq("V", "20")));
        Assert.Empty(await Store.RowKeys(Table, TableFilter.Eq("Missing", 20)));
    }

    [Fact]
    public async Task Keys_can_be_compared_and_ranged()
    {
        foreach (var (pk, rk) in new[] { ("a", "o-1"), ("b", "c-1"), ("b", "c-2"), ("b", "head"), ("b", "o-1"), ("c", "c-1") })
        {
            await Store.InsertAsync(Table, Builders.Entity(pk, rk));
        }

        Assert.Equal(["c-1", "c-2"], await Store.RowKeys(Table, TableFilter.RowKeyStartsWith("c-"), partitionKey: "b"));
        Assert.Equal(["c-1", "c-2", "head", "o-1", "c-1"], await Store.RowKeys(Table, TableFilter.Gt("PartitionKey", "a")));
        Assert.Equal(["o-1", "head", "o-1"], await Store.RowKeys(Table, TableFilter.Ge("RowKey", "d")));
        Assert.Equal(["head"], await Store.RowKeys(Table, TableFilter.Eq("PartitionKey", "b").And(TableFilter.Eq("RowKey", "head"))));
    }

    [Fact]
    public async Task And_or_and_not_combine_comparisons()
    {
        await SeedLadder("Int", [-5, 20, 300]);
        await SeedLadder("Str", ["apple", "banana", "cherry"]);

        Assert.Equal(["r2"], await Store.RowKeys(Table, TableFilter.Gt("Int", 0).And(TableFilter.Lt("Str", "cherry"))));
        Assert.Equal(["r1", "r3"], await Store.RowKeys(Table, TableFilter.Eq("Int", -5).Or(TableFilter.Eq("Str", "cherry"))));
        Assert.Equal(["r1", "r3"], await Store.RowKeys(Table, TableFilter.Not(TableFilter.Eq("Int", 20)).And(TableFilter.Ge("Int", -100))));
        Assert.Equal(
            ["r2"],
            await Store.RowKeys(Table, TableFilter.Not(TableFilter.Eq("Int", -5).Or(TableFilter.Eq("Int", 300))).And(TableFilter.Gt("Str", "a"))));
    }

    private async Task SeedLadder(string name, object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            await Store.ExecuteAsync(Table, TableOperation.UpsertMerge(Builders.Entity("p", $"r{i + 1}", (name, values[i]))));
        }

        await Store.ExecuteAsync(Table, TableOperation.UpsertMerge(Builders.Entity("p", "r4", ("Other", 1))));
    }
}
