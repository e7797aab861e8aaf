using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Domain.Risk;

/// <summary>What risk scoring needs to know about one alert of a user.</summary>
/// <param name="RiskScore">0–100, validated at ingestion.</param>
/// <param name="CaseOutcome">The classification of the alert's case once resolved; null otherwise.</param>
/// <param name="SignInId">The sign-in the detection belongs to, when it belongs to one.</param>
public readonly record struct RiskAlertFact(
    AlertId AlertId,
    int RiskScore,
    DateTimeOffset DetectedAt,
    AlertStatus Status,
    RiskCaseOutcome? CaseOutcome = null,
    SignInId? SignInId = null);
