namespace InsiderRisk.Functions.Alerts.Triage;

/// <summary>The answer of a confirm: the case the alerts are in.</summary>
public sealed record CaseIdAnswer(string CaseId);
