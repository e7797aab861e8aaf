namespace InsiderRisk.Bench.Results;

/// <summary>What a target is checked against: the figure itself, or the figure ÷ its baseline.</summary>
public enum TargetSubject
{
    Value,
    Ratio,
}
