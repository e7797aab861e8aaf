namespace InsiderRisk.Domain.Alerts;

/// <summary>One thing the user did that the policy matched (e.g. "FileDownloaded"), with its own score.</summary>
public sealed record AlertActivity(string Type, DateTimeOffset Time, int RiskScore, string? Detail);
