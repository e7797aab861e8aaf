namespace InsiderRisk.Domain.Risk;

/// <summary>The latest feedback on one sign-in of the user and when it was given.</summary>
public readonly record struct SignInFeedback(RiskState State, DateTimeOffset At);
