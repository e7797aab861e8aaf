using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Tests.Contract;

public abstract partial class TableStoreContractTests
{
    public static TheoryData<string, object> TypedValues => new()
    {
        { "String", "Grüße, 'quotes' & <tags> 😀" },
        { "EmptyString", string.Empty },
        { "Int", int.MinValue },
        { "IntMax", int.MaxValue },
        { "LongBeyondDoublePrecision", (1L << 53) + 1 },
        { "LongMax", long.MaxValue },
        { "LongMin", long.MinValue },
        { "DoubleFraction", 3.25 },
        { "DoubleWhole", 42.0 },
        { "DoubleTiny", -1.5e-300 },
        { "True", true },
        { "False", false },
        { "Guid", Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e") },
        { "Bytes", new byte[] { 0, 1, 127, 128, 255 } },
        { "EmptyBytes", Array.Empty<byte>() },
        { "Time", new DateTimeOffset(2026, 2, 28, 23, 59, 58, 123, TimeSpan.Zero) },
    };

    [Theory]
    [MemberData(nameof(TypedValues))]
    public async Task Every_property_type_round_trips_exactly_through_get_and_query(string name, object value)
    {
        await Store.InsertAsync(Table, Builders.Entity("p", "r", (name, value)));

        var read = (await Store.GetAsync(Table, "p", "r"))!;
        var queried = Assert.Single(await Store.All(Table));

        foreach (var entity in new[] { read, queried })
        {
            var stored = entity[name];
            Assert.NotNull(stored);
            Assert.Equal(value.GetType(), stored.GetType());
            Assert.Equal(value, stored);
        }
    }

    [Fact]
    public async Task All_types_together_round_trip_on_one_entity()
    {
        var entity = new TableEntity("p", "r");
        foreach (var row in TypedValues)
        {
            entity[(string)row[0]] = row[1];
        }

        await Store.InsertAsync(Table, entity);

        var read = (await Store.GetAsync(Table, "p", "r"))!;
        Assert.Equal(entity.Properties.Count, read.Properties.Count);
        foreach (var (name, value) in entity.Properties)
        {
            Assert.Equal(value, read[name]);
        }
    }

    [Fact]
    public async Task A_time_with_an_offset_comes_back_as_the_same_instant_in_utc()
    {
        var local = new DateTimeOffset(2026, 3, 1, 10, 30, 0, 250, TimeSpan.FromHours(2));

        await Store.InsertAsync(Table, Builders.Entity("p", "r", ("At", local)));

        var read = (await Store.GetAsync(Table, "p", "r"))!.GetDateTime("At")!.Value;
        Assert.Equal(local.UtcDateTime, read.UtcDateTime);
        Assert.Equal(TimeSpan.Zero, read.Offset);
    }

    [Fact]
    public async Task A_projection_returns_only_the_selected_properties()
    {
        await Store.InsertAsync(Table, Builders.Entity("p", "r", ("A", 1), ("B", "two"), ("C", true)));

        var queried = Assert.Single(await Store.All(Table, new TableQuery { Select = ["A", "C", "Absent"] }));
        var read = (await Store.GetAsync(Table, "p", "r", ["B"]))!;

        Assert.Equal(["A", "C"], queried.Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("p", "r"), (queried.PartitionKey, queried.RowKey));
        Assert.NotNull(queried.ETag);
        Assert.Equal(["B"], read.Properties.Keys);
        Assert.Equal("two", read.GetString("B"));
    }
}
