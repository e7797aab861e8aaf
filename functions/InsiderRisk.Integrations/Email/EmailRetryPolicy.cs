using Azure.Core;
using Azure.Core.Pipeline;
using InsiderRisk.Integrations.Http;

namespace InsiderRisk.Integrations.Email;

/// <summary>
/// Azure.Core's retry (408/429/5xx and network errors, Retry-After honoured by the delay strategy),
/// except that a Retry-After longer than <paramref name="maxInProcessWait"/> is not waited out here:
/// the response goes back to the caller, which defers the effect by that much.
/// </summary>
internal sealed class EmailRetryPolicy(int maxRetries, DelayStrategy delay, TimeSpan maxInProcessWait, TimeProvider time)
    : RetryPolicy(maxRetries, delay)
{
    protected override bool ShouldRetry(HttpMessage message, Exception? exception) =>
        base.ShouldRetry(message, exception) && !AsksForLongWait(message);

    protected override async ValueTask<bool> ShouldRetryAsync(HttpMessage message, Exception? exception) =>
        await base.ShouldRetryAsync(message, exception) && !AsksForLongWait(message);

    private bool AsksForLongWait(HttpMessage message) =>
        message.HasResponse && RetryAfterHeader.Read(message.Response, time.GetUtcNow()) > maxInProcessWait;
}
