using InsiderRisk.Domain;
using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Storage.Alerts;

/// <summary>
/// An ingested alert as stored: the fields lists and filters need, plus <see cref="Data"/>, the whole
/// alert as JSON (serialized by the caller). <see cref="UserKey"/> is the user's pseudonym, never the
/// real identity.
/// </summary>
public sealed record StoredAlert(
    AlertId AlertId,
    UserPseudonym UserKey,
    string Policy,
    Severity Severity,
    AlertStatus Status,
    DateTimeOffset DetectedAt,
    double RiskScore,
    string Data);
