using Azure.Core;

namespace InsiderRisk.Integrations.Email;

/// <summary>
/// The pipeline's settings (retries, per-try timeout via <see cref="ClientOptions.Retry"/>, transport)
/// plus how long we poll an accepted email and how long one send may take in all.
/// </summary>
public sealed class AcsEmailClientOptions : ClientOptions
{
    public const string DefaultApiVersion = "2025-09-01";

    public AcsEmailClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 3;
        Retry.Delay = TimeSpan.FromMilliseconds(500);
        Retry.MaxDelay = TimeSpan.FromSeconds(10);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
    }

    public string ApiVersion { get; set; } = DefaultApiVersion;

    /// <summary>How long to wait between status polls when ACS does not say (it usually sends Retry-After).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one call polls before it hands back "still running" for the runner to retry later.</summary>
    public TimeSpan MaxPollDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The whole call (send, retries, polls); past it the call answers "timed out", retryable.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// The longest Retry-After the pipeline waits out in-process; a longer one ends the call so the
    /// effect runner retries no sooner than the service asked, without holding the function.
    /// </summary>
    public TimeSpan MaxInProcessRetryAfter { get; set; } = TimeSpan.FromSeconds(30);
}
