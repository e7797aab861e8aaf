using System.Globalization;
using System.Text.RegularExpressions;

namespace InsiderRisk.Domain.Alerts;

/// <summary>
/// Times are ISO-8601 with an explicit offset (<c>Z</c> or <c>±hh:mm</c>): a time without one would be
/// read in whatever zone the server runs in. Accepted times are returned in UTC.
/// </summary>
public static partial class TimeRules
{
    public static DateTimeOffset? Required(FieldErrors errors, string field, string? value, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"{field} is required.");
            return null;
        }

        if (!IsoTimestamp().IsMatch(value)
            || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            errors.Add(field, $"{field} must be an ISO-8601 time with an offset, such as 2025-01-31T14:05:00Z.");
            return null;
        }

        var utc = parsed.ToUniversalTime();
        if (utc < AlertLimits.EarliestTime)
        {
            errors.Add(field, $"{field} must not be before 2000-01-01.");
            return null;
        }

        if (utc > now + AlertLimits.AllowedClockSkew)
        {
            errors.Add(field,
                $"{field} is in the future: it may be at most {AlertLimits.AllowedClockSkew.TotalMinutes:0} minutes ahead of the server's clock.");
            return null;
        }

        return utc;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoTimestamp();
}
