using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Functions.Users;

/// <summary>The 202 body of a feedback route (additive): whose risk it changed and that it is Pending until applied.</summary>
public sealed record FeedbackAccepted(string UserId, string? SignInId, RiskProcessingState RiskProcessingState);
