using System.Text.Json;
using InsiderRisk.Storage.Azure.Tables;
using static InsiderRisk.Storage.Tests.Azure.Builders;

namespace InsiderRisk.Storage.Tests.Azure;

public sealed class EntityJsonTests
{
    [Fact]
    public void Types_JSON_cannot_carry_are_annotated()
    {
        var entity = Entity("p", "r",
            ("S", "text"), ("I", 1), ("L", 2L), ("D", 3.0), ("B", true),
            ("T", new DateTimeOffset(2026, 5, 6, 7, 8, 9, TimeSpan.FromHours(-5))), ("G", Guid.Empty), ("X", new byte[] { 1, 2 }));

        using var json = JsonDocument.Parse(EntityJsonWriter.Write(entity));
        var root = json.RootElement;

        Assert.Equal("p", root.GetProperty("PartitionKey").GetString());
        Assert.Equal("r", root.GetProperty("RowKey").GetString());
        Assert.Equal("text", root.GetProperty("S").GetString());
        Assert.False(root.TryGetProperty("S@odata.type", out _));
        Assert.Equal(1, root.GetProperty("I").GetInt32());
        Assert.False(root.TryGetProperty("I@odata.type", out _));
        Assert.Equal(("Edm.Int64", "2"), (root.GetProperty("L@odata.type").GetString(), root.GetProperty("L").GetString()));
        Assert.Equal(("Edm.Double", 3.0), (root.GetProperty("D@odata.type").GetString(), root.GetProperty("D").GetDouble()));
        Assert.True(root.GetProperty("B").GetBoolean());
        Assert.Equal(("Edm.DateTime", "2026-05-06T12:08:09.0000000Z"), (root.GetProperty("T@odata.type").GetString(), root.GetProperty("T").GetString()));
        Assert.Equal(("Edm.Guid", Guid.Empty.ToString()), (root.GetProperty("G@odata.type").GetString(), root.GetProperty("G").GetString()));
        Assert.Equal(("Edm.Binary", "AQI="), (root.GetProperty("X@odata.type").GetString(), root.GetProperty("X").GetString()));
    }

    [Fact]
    public void Non_finite_doubles_are_written_as_annotated_strings()
    {
        using var json = JsonDocument.Parse(EntityJsonWriter.Write(Entity("p", "r", ("N", double.NaN), ("P", double.PositiveInfinity), ("M", double.NegativeInfinity))));

        Assert.Equal("NaN", json.RootElement.GetProperty("N").GetString());
        Assert.Equal("Infinity", json.RootElement.GetProperty("P").GetString());
        Assert.Equal("-Infinity", json.RootElement.GetProperty("M").GetString());
        Assert.Equal("Edm.Double", json.RootElement.GetProperty("M@odata.type").GetString());
    }

    [Fact]
    public void Annotations_decide_the_type_read_back()
    {
        const string text = """
            {"odata.etag":"W/\"e\"","PartitionKey":"p","RowKey":"r","Timestamp":"2026-01-01T00:00:00.5Z",
             "WholeDouble":5,"WholeDouble@odata.type":"Edm.Double",
             "NaN":"NaN","NaN@odata.type":"Edm.Double",
             "Big":"9007199254740993","Big@odata.type":"Edm.Int64",
             "At":"2026-02-03T04:05:06.1234567Z","At@odata.type":"Edm.DateTime",
             "Id":"c9da6455-213d-42c9-9a79-3e9149a57833","Id@odata.type":"Edm.Guid",
             "Bytes":"AAH/","Bytes@odata.type":"Edm.Binary",
             "Int":7,"Fraction":7.25,"Flag":false,"Text":"x","Missing":null}
            """;

        using var json = JsonDocument.Parse(text);
        var entity = EntityJsonReader.Read(json.RootElement);

        Assert.Equal("W/\"e\"", entity.ETag);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, 500, TimeSpan.Zero), entity.Timestamp);
        Assert.Equal(5.0, Assert.IsType<double>(entity["WholeDouble"]));
        Assert.True(double.IsNaN(Assert.IsType<double>(entity["NaN"])));
        Assert.Equal(9007199254740993L, entity["Big"]);
        Assert.Equal(new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.Zero).AddTicks(1234567), entity["At"]);
        Assert.Equal(Guid.Parse("c9da6455-213d-42c9-9a79-3e9149a57833"), entity["Id"]);
        Assert.Equal(new byte[] { 0, 1, 255 }, entity["Bytes"]);
        Assert.Equal(7, Assert.IsType<int>(entity["Int"]));
        Assert.Equal(7.25, Assert.IsType<double>(entity["Fraction"]));
        Assert.Equal(false, entity["Flag"]);
        Assert.Equal("x", entity["Text"]);
        Assert.False(entity.Properties.ContainsKey("Missing"));
        Assert.False(entity.Properties.ContainsKey("Timestamp"));
        Assert.Equal(10, entity.Properties.Count);
    }

    [Fact]
    public void The_ETag_header_wins_over_the_body()
    {
        using var json = JsonDocument.Parse("{\"odata.etag\":\"W/\\\"body\\\"\",\"PartitionKey\":\"p\",\"RowKey\":\"r\"}");

        Assert.Equal("W/\"header\"", EntityJsonReader.Read(json.RootElement, "W/\"header\"").ETag);
    }

    [Fact]
    public void Continuation_tokens_round_trip_and_foreign_ones_are_refused()
    {
        var token = ContinuationToken.Encode("1!8!cDE-", "1!12!cjAwMQ--");

        Assert.Equal(("1!8!cDE-", "1!12!cjAwMQ--"), ContinuationToken.Decode(token!));
        Assert.Equal(("1!8!cDE-", (string?)null), ContinuationToken.Decode(ContinuationToken.Encode("1!8!cDE-", null)!));
        Assert.Null(ContinuationToken.Encode(null, null));
        Assert.Equal(StorageErrorKind.InvalidInput, Assert.Throws<StorageException>(() => ContinuationToken.Decode("%%%")).Kind);
        Assert.Equal(StorageErrorKind.InvalidInput, Assert.Throws<StorageException>(() => ContinuationToken.Decode("dGhyZWUKcGFydHMKb2s")).Kind);
    }
}
