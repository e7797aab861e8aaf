namespace InsiderRisk.Domain.Risk;

public enum RiskBoosterKind
{
    PriorityUserGroup,
    PotentialHighImpactUser,
}
