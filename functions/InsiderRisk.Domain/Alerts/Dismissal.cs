namespace InsiderRisk.Domain.Alerts;

/// <summary>A validated dismiss request: the reason and the analyst's optional notes.</summary>
public sealed record Dismissal(DismissReason Reason, string? Notes);
