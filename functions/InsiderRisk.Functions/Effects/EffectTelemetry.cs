using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Effects;

/// <summary><c>CaseEffectCompleted</c> with the effect kinds named as the telemetry contract names them.</summary>
public static class EffectTelemetry
{
    public static string KindName(EffectKind kind) => kind switch
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

    public static void Completed(ILogger logger, EffectKind kind, EffectStatus outcome, int attempts) =>
        TelemetryEvent.Emit(
            logger,
            TelemetryEvent.CaseEffectCompleted,
            ("EffectKind", KindName(kind)),
            ("Outcome", outcome.ToString()),
            ("Attempts", attempts));
}
