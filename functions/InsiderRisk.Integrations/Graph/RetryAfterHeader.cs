using System.Globalization;
using System.Net.Http.Headers;

namespace InsiderRisk.Integrations.Graph;

/// <summary>
/// A service's Retry-After answer (RFC 9110: delta-seconds or an HTTP date) as a wait from now, so the
/// effect runner can schedule the retry instead of this attempt sleeping inside a function invocation.
/// </summary>
public static class RetryAfterHeader
{
    public static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, (long)TimeSpan.FromDays(1).TotalSeconds));
        }

        return DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Until(at, now)
            : null;
    }

    public static TimeSpan? From(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => Until(date, now),
        _ => null,
    };

    private static TimeSpan Until(DateTimeOffset at, DateTimeOffset now) => at > now ? at - now : TimeSpan.Zero;
}
