using InsiderRisk.Functions.Configuration;

namespace InsiderRisk.Functions.LocalRun;

/// <summary>
/// A six-field NCRONTAB schedule (<c>{second} {minute} {hour} {day} {month} {day-of-week}</c>) that can
/// say when it next fires, for the local run's timers. Like NCrontab (which the Functions host uses),
/// a time matches only when every field matches: a restricted day and a restricted day-of-week must
/// both hold. Times are UTC, the host's default.
/// </summary>
public sealed class NcrontabSchedule
{
    /// <summary>Far enough for any schedule that can fire at all (e.g. 29 February on a Monday).</summary>
    private static readonly TimeSpan SearchLimit = TimeSpan.FromDays(366 * 30);

    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private readonly bool[] seconds;
    private readonly bool[] minutes;
    private readonly bool[] hours;
    private readonly bool[] days;
    private readonly bool[] months;
    private readonly bool[] weekdays;

    private NcrontabSchedule(string expression, string[] parts)
    {
        Expression = expression;
        seconds = NcrontabField.Parse(parts[0], 0, 59, []);
        minutes = NcrontabField.Parse(parts[1], 0, 59, []);
        hours = NcrontabField.Parse(parts[2], 0, 23, []);
        days = NcrontabField.Parse(parts[3], 1, 31, []);
        months = NcrontabField.Parse(parts[4], 1, 12, MonthNames);
        weekdays = NcrontabField.Parse(parts[5], 0, 6, DayNames);
    }

    public string Expression { get; }

    /// <summary>Parses; a bad expression throws <see cref="FormatException"/> with the reason.</summary>
    public static NcrontabSchedule Parse(string expression)
    {
        if (NcrontabExpression.Check(expression) is { } error)
        {
            throw new FormatException($"The schedule {error}");
        }

        return new NcrontabSchedule(expression.Trim(), expression.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The first time strictly after <paramref name="after"/> that the schedule fires (UTC, whole seconds), or null if never.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after)
    {
        var utc = after.ToUniversalTime();
        var t = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, TimeSpan.Zero).AddSeconds(1);
        var limit = utc + SearchLimit;
        while (t <= limit)
        {
            if (!months[t.Month])
            {
                t = new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
            }
            else if (!days[t.Day] || !weekdays[(int)t.DayOfWeek])
            {
                t = new DateTimeOffset(t.Year, t.Month, t.Day, 0, 0, 0, TimeSpan.Zero).AddDays(1);
            }
            else if (!hours[t.Hour])
            {
                t = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
            }
            else if (!minutes[t.Minute])
            {
                t = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero).AddMinutes(1);
            }
            else if (!seconds[t.Second])
            {
                t = t.AddSeconds(1);
            }
            else
            {
                return t;
            }
        }

        return null;
    }

    public override string ToString() => Expression;
}
