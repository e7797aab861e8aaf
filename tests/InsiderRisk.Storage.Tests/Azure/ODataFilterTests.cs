using System.Text;
using FsCheck;
using FsCheck.Fluent;
using InsiderRisk.Storage.Azure.Tables;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Storage.Tests.Azure;

public sealed class ODataFilterTests
{
    [Theory]
    [InlineData("O'Brien", "Name eq 'O''Brien'")]
    [InlineData("x' or Name ne 'x", "Name eq 'x'' or Name ne ''x'")]
    [InlineData("') or (true", "Name eq ''') or (true'")]
    [InlineData("", "Name eq ''")]
    public void String_literals_double_their_quotes_so_caller_text_stays_inside_the_literal(string value, string expected)
    {
        Assert.Equal(expected, ODataFilter.Serialize(TableFilter.Eq("Name", value)));
    }

    [Fact]
    public void No_string_can_break_out_of_its_literal()
    {
        Check.QuickThrowOnFailure(Prop.ForAll<string>(value =>
        {
            var text = value ?? string.Empty;
            var filter = ODataFilter.Serialize(TableFilter.Eq("Name", text));
            return filter.StartsWith("Name eq ", StringComparison.Ordinal) && ReadQuoted(filter["Name eq ".Length..]) == text;
        }));
    }

    [Fact]
    public void Each_type_is_written_as_its_typed_literal()
    {
        var id = Guid.Parse("c9da6455-213d-42c9-9a79-3e9149a57833");
        Assert.Equal("I eq 42", Serialize("I", 42));
        Assert.Equal("I eq -7", Serialize("I", -7));
        Assert.Equal("L eq 9223372036854775807L", Serialize("L", long.MaxValue));
        Assert.Equal("D eq 1.0", Serialize("D", 1.0));
        Assert.Equal("D eq 0.1", Serialize("D", 0.1));
        Assert.Equal("D eq -2.5E-10", Serialize("D", -2.5e-10));
        Assert.Equal("D eq 1.0E+20", Serialize("D", 1e20));
        Assert.Equal("B eq true", Serialize("B", true));
        Assert.Equal("B eq false", Serialize("B", false));
        Assert.Equal("T eq datetime'2026-01-02T01:04:05.1234567Z'", Serialize("T", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)).AddTicks(1_234_567)));
        Assert.Equal("G eq guid'c9da6455-213d-42c9-9a79-3e9149a57833'", Serialize("G", id));
        Assert.Equal("X eq X'00ff10'", Serialize("X", new byte[] { 0, 255, 16 }));
    }

    [Fact]
    public void Operators_and_grouping_are_explicit()
    {
        var filter = TableFilter.Eq("A", 1).And(TableFilter.Ne("B", 2).Or(TableFilter.Not(TableFilter.Gt("C", 3))))
            .And(TableFilter.Ge("D", 4)).And(TableFilter.Lt("E", 5)).And(TableFilter.Le("F", 6));

        Assert.Equal(
            "((((A eq 1) and ((B ne 2) or (not (C gt 3)))) and (D ge 4)) and (E lt 5)) and (F le 6)",
            ODataFilter.Serialize(filter));
    }

    [Fact]
    public void The_partition_key_joins_the_filter()
    {
        Assert.Equal("(PartitionKey eq 'p''1') and (RowKey ge 'a')", ODataFilter.Build("p'1", TableFilter.Ge("RowKey", "a")));
        Assert.Equal("PartitionKey eq 'p'", ODataFilter.Build("p", null));
        Assert.Null(ODataFilter.Build(null, null));
    }

    [Fact]
    public void More_than_15_comparisons_are_refused()
    {
        var fifteen = Enumerable.Range(0, 15).Select(i => TableFilter.Eq("N", i)).Aggregate((a, b) => a.Or(b));

        Assert.NotNull(ODataFilter.Build(null, fifteen));
        Assert.Equal(StorageErrorKind.InvalidInput, Assert.Throws<StorageException>(() => ODataFilter.Build(null, fifteen.Or(TableFilter.Eq("N", 15)))).Kind);
        Assert.Equal(StorageErrorKind.InvalidInput, Assert.Throws<StorageException>(() => ODataFilter.Build("p", fifteen)).Kind);
    }

    [Theory]
    [InlineData("Name eq 'x' or 1")]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("Timestamp")]
    [InlineData("odata.etag")]
    [InlineData("Name)")]
    public void Property_names_that_are_not_identifiers_are_refused(string name)
    {
        Assert.Equal(StorageErrorKind.InvalidInput, Assert.Throws<StorageException>(() => ODataFilter.Serialize(TableFilter.Eq(name, 1))).Kind);
    }

    [Fact]
    public void Values_without_a_literal_are_refused()
    {
        Assert.Equal(StorageErrorKind.InvalidInput, Assert.Throws<StorageException>(() => Serialize("D", double.NaN)).Kind);
        Assert.Equal(StorageErrorKind.InvalidInput, Assert.Throws<StorageException>(() => Serialize("D", double.PositiveInfinity)).Kind);
        Assert.Equal(StorageErrorKind.InvalidInput, Assert.Throws<StorageException>(() => Serialize("M", 1.5m)).Kind);
        Assert.Equal(StorageErrorKind.InvalidInput, Assert.Throws<StorageException>(() => Serialize("PartitionKey", 1)).Kind);
    }

    private static string Serialize(string name, object value) => ODataFilter.Serialize(TableFilter.Eq(name, value));

    /// <summary>Reads one OData string literal that must span the whole text; null if it does not.</summary>
    private static string? ReadQuoted(string text)
    {
        if (text.Length < 2 || text[0] != '\'')
        {
            return null;
        }

        var value = new StringBuilder();
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] != '\'')
            {
                value.Append(text[i]);
            }
            else if (i + 1 < text.Length && text[i + 1] == '\'')
            {
                value.Append('\'');
                i++;
            }
            else
            {
                return i == text.Length - 1 ? value.ToString() : null;
            }
        }

        return null;
    }
}
