namespace InsiderRisk.Domain.Risk;

/// <summary>Feedback on a user's risk, named as given (past tense: stored as facts).</summary>
public abstract record RiskFeedback
{
    private RiskFeedback()
    {
    }

    public sealed record SignInConfirmedSafe(SignInId SignInId) : RiskFeedback;

    public sealed record SignInConfirmedCompromised(SignInId SignInId) : RiskFeedback;

    public sealed record UserConfirmedCompromised : RiskFeedback;

    public sealed record UserRiskDismissed : RiskFeedback;

    public sealed record CaseResolved(CaseId CaseId, RiskCaseOutcome Outcome) : RiskFeedback;
}
