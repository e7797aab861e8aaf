namespace InsiderRisk.Functions.Risk;

/// <summary>The body of a <c>risk-feedback</c> message: the pseudonym of a user to rescore.</summary>
public sealed record RiskFeedbackMessage(string User);
