using InsiderRisk.Bench.Results;

namespace InsiderRisk.Bench.Tests.Results;

public sealed class MarkdownTableTests
{
    [Fact]
    public void PadsColumnsAndRightAlignsNumbers()
    {
        var table = new MarkdownTable("figure", ">value");
        table.Add("alerts_per_s", "5,000,000");
        table.Add("p95", "12.5");
        using var text = new StringWriter { NewLine = "\n" };

        table.WriteTo(text);

        Assert.Equal(
            """
            | figure       |     value |
            | ------------ | --------: |
            | alerts_per_s | 5,000,000 |
            | p95          |      12.5 |

            """,
            text.ToString());
    }

    [Fact]
    public void ARowOfTheWrongWidthIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MarkdownTable("a", "b").Add("only one"));

    [Theory]
    [InlineData(5_000_000.4, "5,000,000")]
    [InlineData(12.345, "12.3")]
    [InlineData(0.05, "0.05")]
    public void NumbersForPeople(double value, string text) =>
        Assert.Equal(text, NumberText.Format(value));
}
