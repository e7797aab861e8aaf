using System.Text.Json;
using InsiderRisk.Bench.Harness;
using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Tests.Results;

public sealed class ResultLineTests
{
    [Fact]
    public void FieldsInTheIssuesOrderWithRoundedNumbers()
    {
        Figure figure = Builders.Rate(5_123_456.78912, baseline: 100_000_000, FigureTarget.ValueAtLeast(5_000_000));

        string line = ResultLine.Format("scoring", StoreKind.Memory, figure);

        Assert.Equal(
            """RESULT {"scenario":"scoring","store":"memory","figure":"alerts_per_s","value":5123456.789,"baseline":100000000,"ratio":0.0512,"target":5000000,"met":true}""",
            line);
    }

    [Fact]
    public void MissingPartsAreNull()
    {
        string line = ResultLine.Format("reads", StoreKind.Sqlite, Builders.Cost("case_queue_p95_ms", 12.5));

        Assert.Equal(
            """RESULT {"scenario":"reads","store":"sqlite","figure":"case_queue_p95_ms","value":12.5,"baseline":null,"ratio":null,"target":null,"met":null}""",
            line);
    }

    [Fact]
    public void AMissedTargetIsFalseAndNonFiniteNumbersAreNull()
    {
        var figure = new Figure("alerts_per_s", "alerts/s", double.NaN, 10, FigureTarget.ValueAtLeast(1));

        using JsonDocument json = JsonDocument.Parse(ResultLine.Format("ingest", StoreKind.Azurite, figure)[ResultLine.Prefix.Length..]);

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("ratio").ValueKind);
        Assert.False(json.RootElement.GetProperty("met").GetBoolean());
    }
}
