namespace InsiderRisk.Domain.Risk;

/// <summary>A sign-in's aggregate risk, as <c>GET /api/signins/{signInId}/risk</c> shows it.</summary>
public readonly record struct SignInRiskAssessment(SignInId SignInId, RiskLevel Level, RiskState State);
