using InsiderRisk.Domain.Alerts;
using static InsiderRisk.Domain.Tests.Alerts.Builders;

namespace InsiderRisk.Domain.Tests.Alerts;

public sealed class DismissalParserTests
{
    [Theory]
    [InlineData("ExpectedActivity", typeof(DismissReason.ExpectedActivity))]
    [InlineData("NotImpactful", typeof(DismissReason.NotImpactful))]
    [InlineData("TooMuchActivity", typeof(DismissReason.TooMuchActivity))]
    [InlineData("  expectedactivity ", typeof(DismissReason.ExpectedActivity))]
    [InlineData("NOTIMPACTFUL", typeof(DismissReason.NotImpactful))]
    public void GivenAStandardReason_WhenParsed_ThenItIsThatReason(string reason, Type expected)
    {
        var dismissal = ValueOf(DismissalParser.Parse(reason, null));

        Assert.IsType(expected, dismissal.Reason);
        Assert.Equal(expected.Name, dismissal.Reason.ApiValue);
    }

    [Fact]
    public void GivenOtherText_WhenParsed_ThenItIsAFreeTextReason()
    {
        var dismissal = ValueOf(DismissalParser.Parse("  Approved migration to the new tenant ", "Ticket CHG-1234"));

        Assert.Equal(new DismissReason.FreeText("Approved migration to the new tenant"), dismissal.Reason);
        Assert.Equal("Approved migration to the new tenant", dismissal.Reason.ApiValue);
        Assert.Equal("Ticket CHG-1234", dismissal.Notes);
    }

    [Fact]
    public void GivenAStandardReason_ThenItsDescriptionIsPlainEnglish()
    {
        var dismissal = ValueOf(DismissalParser.Parse("TooMuchActivity", null));

        Assert.Equal("Too much activity in this user's alerts.", dismissal.Reason.Description);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(500)]
    public void GivenFreeTextWithinLimits_WhenParsed_ThenItIsAccepted(int length)
    {
        var dismissal = ValueOf(DismissalParser.Parse(new string('r', length), null));

        Assert.Equal(length, Assert.IsType<DismissReason.FreeText>(dismissal.Reason).Text.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void GivenNoReason_WhenParsed_ThenTheReasonIsRequiredAndTheChoicesAreNamed(string? reason)
    {
        var errors = ErrorsOf(DismissalParser.Parse(reason, "notes"));

        Assert.Equal(
            "reason is required: give ExpectedActivity, NotImpactful, TooMuchActivity, or your own reason (up to 500 characters).",
            Assert.Single(Assert.Single(errors).Value));
    }

    [Fact]
    public void GivenFreeTextOver500Characters_WhenParsed_ThenTheReasonIsRejected()
    {
        var errors = ErrorsOf(DismissalParser.Parse(new string('r', 501), null));

        Assert.Equal("reason must be at most 500 characters (got 501).", Assert.Single(errors["reason"]));
    }

    [Fact]
    public void GivenAControlCharacterInTheReason_WhenParsed_ThenTheReasonIsRejected()
    {
        Assert.Equal(["reason"], ErrorsOf(DismissalParser.Parse("bad\u0000reason", null)).Keys);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void GivenNoNotes_WhenParsed_ThenNotesAreAbsent(string? notes)
    {
        Assert.Null(ValueOf(DismissalParser.Parse("NotImpactful", notes)).Notes);
    }

    [Fact]
    public void GivenNotesOf10000Characters_WhenParsed_ThenTheyAreKept()
    {
        Assert.Equal(10_000, ValueOf(DismissalParser.Parse("NotImpactful", new string('n', 10_000))).Notes!.Length);
    }

    [Fact]
    public void GivenNotesOver10000Characters_WhenParsed_ThenNotesAreRejected()
    {
        var errors = ErrorsOf(DismissalParser.Parse("NotImpactful", new string('n', 10_001)));

        Assert.Equal(["notes"], errors.Keys);
    }
}
