namespace InsiderRisk.Bench.Results;

public readonly record struct GrowthPoint(double Scale, double Value);
