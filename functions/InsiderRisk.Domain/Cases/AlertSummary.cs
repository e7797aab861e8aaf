using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Domain.Cases;

/// <summary>What a case needs to know of an alert confirmed into it.</summary>
public sealed record AlertSummary(AlertId AlertId, string Policy, Severity Severity, DateTimeOffset DetectedAt);
