namespace InsiderRisk.Domain.Risk;

/// <summary>Score bands: None 0, Low 1–39, Medium 40–69, High 70–100.</summary>
public static class RiskLevels
{
    public const int LowFrom = 1;
    public const int MediumFrom = 40;
    public const int HighFrom = 70;

    public static RiskLevel FromScore(int score)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, RiskScore.MaxScore);
        return score switch
        {
            >= HighFrom => RiskLevel.High,
            >= MediumFrom => RiskLevel.Medium,
            >= LowFrom => RiskLevel.Low,
            _ => RiskLevel.None,
        };
    }
}
