using InsiderRisk.Domain.Risk;

namespace InsiderRisk.Functions.Users;

/// <summary><c>GET /api/signins/{signInId}/risk</c>: the sign-in's aggregate risk.</summary>
public sealed record SignInRiskView(string SignInId, string UserId, RiskLevel Level, RiskState State);
