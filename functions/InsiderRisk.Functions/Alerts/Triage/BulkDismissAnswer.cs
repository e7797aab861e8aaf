namespace InsiderRisk.Functions.Alerts.Triage;

/// <summary>The answer of a bulk dismiss: every alert named is now Dismissed.</summary>
public sealed record BulkDismissAnswer(IReadOnlyList<string> AlertIds, string Status);
