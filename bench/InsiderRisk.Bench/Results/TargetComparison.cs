namespace InsiderRisk.Bench.Results;

public enum TargetComparison
{
    AtLeast,
    AtMost,
}
