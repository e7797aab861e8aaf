namespace InsiderRisk.Domain.Cases;

/// <summary>The eDiscovery (Premium) investigation a case was escalated to; the external id arrives once it exists.</summary>
public sealed record CaseEscalation(
    string InvestigationName,
    string? Notes,
    EffectId EffectId,
    string? ExternalCaseId);
