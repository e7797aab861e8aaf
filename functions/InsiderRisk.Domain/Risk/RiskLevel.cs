namespace InsiderRisk.Domain.Risk;

/// <summary>Band of a 0–100 risk score; also the level of a sign-in.</summary>
public enum RiskLevel
{
    None,
    Low,
    Medium,
    High,
}
