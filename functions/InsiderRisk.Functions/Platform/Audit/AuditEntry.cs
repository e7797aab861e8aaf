namespace InsiderRisk.Functions.Platform.Audit;

public enum AuditOutcome
{
    Succeeded,
    Denied,
    Failed,
}

/// <summary>
/// One audited command or sensitive read: who (the caller's id — staff, not an investigated user),
/// what (a stable action name such as <c>case.note.add</c>), when, on what target (case id, alert id,
/// or a user pseudonym — never a raw user id), and how it ended.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string Actor,
    string Action,
    string Target,
    AuditOutcome Outcome,
    string? Detail = null);
