using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Telemetry;

/// <summary>The effect kinds as the telemetry contract's <c>EffectKind</c> names them.</summary>
public static class EffectKindNames
{
    public static string Of(EffectKind kind) => kind switch
    {
        EffectKind.SendNotice => "Notice",
        EffectKind.CreateInvestigation => "Escalation",
        EffectKind.CreateIncident => "Share",
        EffectKind.ShareByEmail => "Share",
        EffectKind.RunFlow => "Flow",
        EffectKind.CreateTeam => "Team",
        EffectKind.ArchiveTeam => "ArchiveTeam",
        EffectKind.SendReminder => "Reminder",
        _ => kind.ToString(),
    };
}
