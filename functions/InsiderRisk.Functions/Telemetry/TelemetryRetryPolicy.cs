using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace InsiderRisk.Functions.Telemetry;

/// <summary>
/// Azure.Core's retry (408/429/5xx and timeouts, exponential back-off, Retry-After honoured), except
/// when the service asks to wait longer than <see cref="TelemetryExportOptions.MaxRetryDelay"/>: that
/// batch is given up, since waiting would hold every later event behind it.
/// </summary>
internal sealed class TelemetryRetryPolicy(TelemetryExportOptions options)
    : RetryPolicy(options.MaxRetries, DelayStrategy.CreateExponentialDelayStrategy(options.RetryDelay, options.MaxRetryDelay))
{
    protected override bool ShouldRetry(HttpMessage message, Exception? exception) =>
        base.ShouldRetry(message, exception) && !AsksTooLong(message);

    protected override async ValueTask<bool> ShouldRetryAsync(HttpMessage message, Exception? exception) =>
        await base.ShouldRetryAsync(message, exception) && !AsksTooLong(message);

    private bool AsksTooLong(HttpMessage message) =>
        message.HasResponse && RetryAfter(message.Response) is { } wait && wait > options.MaxRetryDelay;

    private static TimeSpan? RetryAfter(Response response)
    {
        if (response.Headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis))
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        // An HTTP date counts from the response's own Date, so no clock of ours is involved.
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var until) && response.Headers.Date is { } sent
            ? until - sent
            : null;
    }
}
