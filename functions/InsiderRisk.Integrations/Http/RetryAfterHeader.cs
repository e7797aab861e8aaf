using System.Globalization;
using System.Net.Http.Headers;
using Azure;

namespace InsiderRisk.Integrations.Http;

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

    /// <summary>An Azure.Core response's wait: <c>retry-after-ms</c> or <c>x-ms-retry-after-ms</c> first (ACS sends them), then <c>Retry-After</c>.</summary>
    public static TimeSpan? Read(Response response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (var name in new[] { "retry-after-ms", "x-ms-retry-after-ms" })
        {
            if (response.Headers.TryGetValue(name, out var ms)
                && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
                && milliseconds >= 0)
            {
                return TimeSpan.FromMilliseconds(Math.Min(milliseconds, TimeSpan.FromDays(1).TotalMilliseconds));
            }
        }

        return response.Headers.TryGetValue("Retry-After", out var value) ? Parse(value, now) : null;
    }

    public static TimeSpan? From(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => Until(date, now),
        _ => null,
    };

    private static TimeSpan Until(DateTimeOffset at, DateTimeOffset now) => at > now ? at - now : TimeSpan.Zero;
}
