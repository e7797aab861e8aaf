namespace InsiderRisk.Integrations.Graph;

/// <summary>How one Identity Protection call ended; the same retry rules as effect outcomes.</summary>
public abstract record RiskFeedbackOutcome
{
    private RiskFeedbackOutcome()
    {
    }

    public sealed record Sent(int UserCount) : RiskFeedbackOutcome;

    public sealed record Failed(string Error, bool Permanent, TimeSpan? RetryAfter = null) : RiskFeedbackOutcome;
}
