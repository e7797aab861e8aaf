namespace InsiderRisk.Domain.Cases;

/// <summary>Outside effects a case asks for. Names are stored (outbox rows, events): add, never rename.</summary>
public enum EffectKind
{
    SendNotice,
    CreateInvestigation,
    CreateIncident,
    ShareByEmail,
    RunFlow,
    CreateTeam,
    ArchiveTeam,
    SendReminder,
    ReviewDueTimer,
}
