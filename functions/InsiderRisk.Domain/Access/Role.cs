namespace InsiderRisk.Domain.Access;

/// <summary>App roles a caller can carry. Per-case contributors are not a role: see <see cref="Principal"/>.</summary>
public enum Role
{
    Admin,
    Analyst,
    Investigator,
    Auditor,
}
