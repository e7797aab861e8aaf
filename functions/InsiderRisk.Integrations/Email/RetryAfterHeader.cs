using System.Globalization;
using Azure;

namespace InsiderRisk.Integrations.Email;

/// <summary>How long a response asks us to wait: <c>retry-after-ms</c>, <c>x-ms-retry-after-ms</c> or <c>Retry-After</c> (seconds or an HTTP date).</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(Response response, DateTimeOffset now)
    {
        foreach (var name in new[] { "retry-after-ms", "x-ms-retry-after-ms" })
        {
            if (response.Headers.TryGetValue(name, out var ms)
                && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
                && milliseconds >= 0)
            {
                return TimeSpan.FromMilliseconds(milliseconds);
            }
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at > now ? at - now : TimeSpan.Zero
            : null;
    }
}
