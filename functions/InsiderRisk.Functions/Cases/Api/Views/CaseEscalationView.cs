namespace InsiderRisk.Functions.Cases.Api.Views;

/// <summary>The eDiscovery investigation; <see cref="ExternalCaseId"/> arrives once it was created.</summary>
public sealed record CaseEscalationView(string InvestigationName, string? Notes, string EffectId, string? ExternalCaseId);
