using System.Globalization;
using InsiderRisk.Integrations.Effects;

namespace InsiderRisk.Integrations.Http;

/// <summary>
/// How an outside call that did not succeed ends an attempt: throttling, server errors, timeouts and
/// lost connections are retried (no sooner than Retry-After); any other 4xx cannot succeed by retrying,
/// so it fails for good with the service's own error text. Shared by the Graph, ServiceNow and flow clients.
/// </summary>
public static class HttpFailures
{
    public const int MaxErrorLength = 500;

    public static bool IsRetryable(int status) => status is 408 or 429 || status >= 500;

    public static EffectOutcome.Failed ForStatus(string service, int status, string? serviceText, TimeSpan? retryAfter)
    {
        var text = string.IsNullOrWhiteSpace(serviceText) ? "" : ": " + serviceText.Trim();
        var error = Cut(string.Create(CultureInfo.InvariantCulture, $"{service} answered {status}{text}"));
        return IsRetryable(status)
            ? new EffectOutcome.Failed(error, Permanent: false, retryAfter)
            : new EffectOutcome.Failed(error, Permanent: true);
    }

    /// <summary>
    /// A call that got no answer. The caller's own cancellation is not a failure of the service and must
    /// be rethrown before coming here; what is left (timeouts, resets, refused connections) is transient.
    /// </summary>
    public static EffectOutcome.Failed ForException(string service, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var error = exception switch
        {
            TaskCanceledException or TimeoutException => $"{service} did not answer in time",
            HttpRequestException => $"{service} could not be reached: {exception.Message}",
            _ => $"{service} call failed: {exception.GetType().Name}: {exception.Message}",
        };
        return new EffectOutcome.Failed(Cut(error), Permanent: false);
    }

    public static string Cut(string text) => text.Length <= MaxErrorLength ? text : text[..(MaxErrorLength - 1)] + "…";
}
