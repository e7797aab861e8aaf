using InsiderRisk.Functions.LocalRun;

namespace InsiderRisk.Functions.Tests.LocalRun;

public sealed class NcrontabScheduleTests
{
    [Theory]
    [InlineData("0 */5 * * * *", "2026-11-22T10:02:30Z", "2026-11-22T10:05:00Z")]
    [InlineData("0 */5 * * * *", "2026-11-22T10:05:00Z", "2026-11-22T10:10:00Z")]
    [InlineData("0 */5 * * * *", "2026-11-22T23:59:59Z", "2026-11-23T00:00:00Z")]
    [InlineData("0 0 2 * * *", "2026-11-22T10:00:00Z", "2026-11-23T02:00:00Z")]
    [InlineData("0 0 2 * * *", "2026-11-22T01:59:59.900Z", "2026-11-22T02:00:00Z")]
    [InlineData("*/15 * * * * *", "2026-11-22T10:00:44Z", "2026-11-22T10:00:45Z")]
    [InlineData("30 15 9 * * MON-FRI", "2026-11-20T09:15:30Z", "2026-11-23T09:15:30Z")]
    [InlineData("0 0 0 1 JAN *", "2026-11-22T10:00:00Z", "2027-01-01T00:00:00Z")]
    [InlineData("0 0 12 31 * *", "2026-11-22T10:00:00Z", "2026-12-31T12:00:00Z")]
    [InlineData("0 0 0 29 2 *", "2026-03-01T00:00:00Z", "2028-02-29T00:00:00Z")]
    [InlineData("0 10-20/5 8 * * *", "2026-11-22T08:16:00Z", "2026-11-22T08:20:00Z")]
    [InlineData("5/20 * * * * *", "2026-11-22T08:00:26Z", "2026-11-22T08:00:45Z")]
    [InlineData("0 0 6 1,15 * *", "2026-11-02T00:00:00Z", "2026-11-15T06:00:00Z")]
    public void Given_a_schedule_When_asked_after_a_time_Then_it_gives_the_next_firing(string expression, string after, string expected)
    {
        var schedule = NcrontabSchedule.Parse(expression);

        var next = schedule.NextAfter(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void Given_a_day_and_a_weekday_When_both_are_restricted_Then_a_time_must_match_both_as_in_NCrontab()
    {
        // Friday the 13th: the 13th alone or a Friday alone does not fire.
        var schedule = NcrontabSchedule.Parse("0 0 0 13 * FRI");

        var next = schedule.NextAfter(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 2, 13, 0, 0, 0, TimeSpan.Zero), next);
        Assert.Equal(DayOfWeek.Friday, next!.Value.DayOfWeek);
    }

    [Fact]
    public void Given_an_offset_time_When_asked_Then_the_answer_is_in_UTC()
    {
        var schedule = NcrontabSchedule.Parse("0 0 2 * * *");

        var next = schedule.NextAfter(new DateTimeOffset(2026, 11, 22, 3, 30, 0, TimeSpan.FromHours(2)));

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero), next);
        Assert.Equal(TimeSpan.Zero, next!.Value.Offset);
    }

    [Fact]
    public void Given_a_date_that_never_comes_When_asked_Then_there_is_no_next_firing()
    {
        Assert.Null(NcrontabSchedule.Parse("0 0 0 31 FEB *").NextAfter(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("0 0 2 * *")]
    [InlineData("61 * * * * *")]
    [InlineData("* * * * * 7")]
    public void Given_a_bad_schedule_When_parsed_Then_it_says_why(string expression)
    {
        var error = Assert.Throws<FormatException>(() => NcrontabSchedule.Parse(expression));

        Assert.Contains(expression.Trim(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_firing_matches_the_schedule_and_none_is_skipped_in_between()
    {
        var schedule = NcrontabSchedule.Parse("*/20 */7 1-3,22 * * MON,WED");
        var start = new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
        var firings = new List<DateTimeOffset>();
        var at = start;
        for (var i = 0; i < 200; i++)
        {
            at = schedule.NextAfter(at)!.Value;
            firings.Add(at);
        }

        Assert.All(firings, time => Assert.True(Matches(time), $"{time:O} does not match"));
        var brute = new List<DateTimeOffset>();
        for (var t = start.AddSeconds(20); t <= firings[^1]; t = t.AddSeconds(20))
        {
            if (Matches(t))
            {
                brute.Add(t);
            }
        }

        Assert.Equal(brute, firings);
    }

    private static bool Matches(DateTimeOffset t) =>
        t.Second % 20 == 0 && t.Minute % 7 == 0 && (t.Hour is >= 1 and <= 3 or 22)
        && t.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Wednesday;
}
