namespace InsiderRisk.Domain.Risk;

/// <summary>Which boosters apply to a user; the app resolves it from the configured groups and lists.</summary>
public readonly record struct RiskBoosterMembership(bool InPriorityUserGroup, bool PotentialHighImpactUser)
{
    public static RiskBoosterMembership NoBoosters => default;
}
