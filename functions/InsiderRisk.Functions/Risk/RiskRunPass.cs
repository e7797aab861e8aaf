namespace InsiderRisk.Functions.Risk;

/// <summary>A run first counts its candidates (keys only, for progress), then scores them; both walk the same segments.</summary>
public enum RiskRunPass
{
    Count,
    Score,
}
