namespace InsiderRisk.Domain.Cases;

/// <summary>The case's Teams team: requested, then created (id known), then archived once the case is resolved.</summary>
public sealed record CaseTeam(
    EffectId CreationEffectId,
    string? TeamId,
    EffectId? ArchiveEffectId,
    bool Archived);
