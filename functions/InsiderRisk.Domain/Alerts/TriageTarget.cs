namespace InsiderRisk.Domain.Alerts;

/// <summary>What a bulk triage check needs to know about one requested alert, as currently stored.</summary>
public sealed record TriageTarget(AlertId AlertId, string UserId, AlertStatus Status);
