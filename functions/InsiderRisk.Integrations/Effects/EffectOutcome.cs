using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Integrations.Effects;

/// <summary>How one attempt ended.</summary>
public abstract record EffectOutcome
{
    private EffectOutcome()
    {
    }

    /// <summary>Done. <paramref name="Detail"/> says what was sent or created, for the effects view (no secrets).</summary>
    public sealed record Succeeded(EffectResult Result, string Detail) : EffectOutcome;

    /// <summary>
    /// Not done. <paramref name="Permanent"/>: a 4xx that cannot succeed, so stop now with the service's
    /// error text; otherwise the runner retries, no sooner than <paramref name="RetryAfter"/> when the
    /// service said so (429/503 Retry-After).
    /// </summary>
    public sealed record Failed(string Error, bool Permanent, TimeSpan? RetryAfter = null) : EffectOutcome;
}
