using InsiderRisk.Functions.Platform.Audit;

namespace InsiderRisk.Functions.AuditApi;

public sealed record AuditEntryView(DateTimeOffset At, string Actor, string Action, string Target, AuditOutcome Outcome, string? Detail)
{
    public static AuditEntryView Of(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.At, entry.Actor, entry.Action, entry.Target, entry.Outcome, entry.Detail);
    }
}
