namespace InsiderRisk.Functions.Alerts.CaseViews;

/// <summary>One entry of the case user's activity timeline, with the alert and policy that reported it.</summary>
public sealed record ActivityItem(string AlertId, string Policy, string Type, DateTimeOffset Time, int RiskScore, string? Detail);
