using System.Globalization;

namespace InsiderRisk.Functions.Configuration;

/// <summary>
/// Checks a six-field NCRONTAB expression (<c>{second} {minute} {hour} {day} {month} {day-of-week}</c>)
/// as the Functions timer trigger reads it: each field a comma list of <c>*</c>, <c>n</c> or
/// <c>a-b</c>, each optionally <c>/step</c>; months and weekdays may be named (<c>JAN</c>, <c>MON</c>).
/// Caught here, a bad schedule fails the app's start with its name instead of a timer that never fires.
/// </summary>
public static class NcrontabExpression
{
    private static readonly Field[] Fields =
    [
        new("second", 0, 59, []),
        new("minute", 0, 59, []),
        new("hour", 0, 23, []),
        new("day", 1, 31, []),
        new("month", 1, 12, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]),
        new("day-of-week", 0, 6, ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]),
    ];

    /// <summary>Null when valid; otherwise the reason, phrased to follow the setting's name.</summary>
    public static string? Check(string? expression)
    {
        var parts = (expression ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != Fields.Length)
        {
            return $"must be a six-field NCRONTAB expression such as '0 */5 * * * *' (second minute hour day month day-of-week), not '{expression}'.";
        }

        for (var i = 0; i < Fields.Length; i++)
        {
            if (!parts[i].Split(',').All(Fields[i].AcceptsItem))
            {
                var field = Fields[i];
                return $"has an invalid {field.Name} field '{parts[i]}' in '{expression}' (allowed: *, {field.Min}-{field.Max}, ranges, lists and /steps).";
            }
        }

        return null;
    }

    private sealed record Field(string Name, int Min, int Max, string[] Names)
    {
        public bool AcceptsItem(string item)
        {
            var slash = item.Split('/');
            if (slash.Length > 2 || (slash.Length == 2 && !IsStep(slash[1])))
            {
                return false;
            }

            var range = slash[0];
            if (range == "*")
            {
                return true;
            }

            var bounds = range.Split('-');
            return bounds.Length switch
            {
                1 => Value(bounds[0]) is not null,
                2 => Value(bounds[0]) is { } low && Value(bounds[1]) is { } high && low <= high,
                _ => false,
            };
        }

        private static bool IsStep(string text) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var step) && step > 0;

        private int? Value(string text)
        {
            var named = Array.FindIndex(Names, name => string.Equals(name, text, StringComparison.OrdinalIgnoreCase));
            if (named >= 0)
            {
                return Min + named;
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= Min && value <= Max
                ? value
                : null;
        }
    }
}
