namespace InsiderRisk.Functions.Alerts.Triage;

/// <summary>The answer of a dismiss.</summary>
public sealed record DismissAnswer(string AlertId, string Status);
