namespace InsiderRisk.Domain.Risk;

/// <summary>
/// Boosters multiply the rounded pre-booster score (so "38 × 1.25 = 47.5 → 48" reads back exactly);
/// the product is rounded half away from zero and capped at 100.
/// </summary>
public static class RiskBoosters
{
    public static int Apply(int baseScore, RiskBoosterMembership membership, RiskScoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        double factor = 1.0;
        if (membership.InPriorityUserGroup)
        {
            factor *= settings.PriorityUserGroupFactor;
        }

        if (membership.PotentialHighImpactUser)
        {
            factor *= settings.PotentialHighImpactFactor;
        }

        return RiskScore.Cap(baseScore * factor);
    }

    public static IReadOnlyList<AppliedBooster> Applied(RiskBoosterMembership membership, RiskScoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var applied = new List<AppliedBooster>(2);
        if (membership.InPriorityUserGroup)
        {
            applied.Add(new AppliedBooster(RiskBoosterKind.PriorityUserGroup, settings.PriorityUserGroupFactor));
        }

        if (membership.PotentialHighImpactUser)
        {
            applied.Add(new AppliedBooster(RiskBoosterKind.PotentialHighImpactUser, settings.PotentialHighImpactFactor));
        }

        return applied;
    }
}
