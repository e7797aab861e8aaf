namespace InsiderRisk.Domain.Access;

/// <summary>Allowed or not, and why, in words fit for the audit log and a 403's detail.</summary>
public sealed record AccessDecision(bool Allowed, string Reason)
{
    public static AccessDecision Allow(string reason) => new(true, reason);

    public static AccessDecision Deny(string reason) => new(false, reason);
}
