namespace InsiderRisk.Functions.Effects;

/// <summary>
/// How often and how far apart an effect is tried: <see cref="MaxAttempts"/> attempts, the n-th retry
/// after <see cref="FirstDelay"/>·2^(n-1), capped at <see cref="MaxDelay"/>, and never sooner than the
/// service's Retry-After. Retries are scheduled queue messages, so a wait costs nothing while it runs.
/// </summary>
public sealed record EffectRetryPolicy(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public static EffectRetryPolicy Default { get; } = new(6, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5));

    /// <summary>Whether a failed attempt number <paramref name="attempt"/> (1-based) was the last one.</summary>
    public bool IsLast(int attempt) => attempt >= MaxAttempts;

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan DelayAfter(int attempt, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var doublings = Math.Min(attempt - 1, 30);
        var exponential = TimeSpan.FromTicks(Math.Min(FirstDelay.Ticks * (1L << doublings), MaxDelay.Ticks));
        return retryAfter is { } wait && wait > exponential ? wait : exponential;
    }
}
